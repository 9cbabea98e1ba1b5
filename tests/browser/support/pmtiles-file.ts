// A minimal raster PMTiles v3 archive for tests: every tile from zoom 0 to maxZoom is the same
// PNG, stored once and addressed by a single run-length directory entry.
import { tilePng } from './tile-server';

function varint(n: number, out: number[]): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

export function makePmtiles(maxZoom = 14): Buffer {
  const png = tilePng();
  // Tile ids number z0, then z1, … in Hilbert order, so zooms 0..maxZoom are ids 0..n-1.
  const tileCount = (4 ** (maxZoom + 1) - 1) / 3;
  const dir: number[] = [];
  varint(1, dir); // one entry
  varint(0, dir); // first tile id
  varint(tileCount, dir); // run length: every tile shares the content
  varint(png.length, dir); // length
  varint(0 + 1, dir); // offset + 1
  const root = Buffer.from(dir);
  const metadata = Buffer.from('{}');
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const dataOffset = metaOffset + metadata.length;
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, metadata.length);
  u64(40, dataOffset); // no leaf directories
  u64(48, 0);
  u64(56, dataOffset);
  u64(64, png.length);
  u64(72, tileCount);
  u64(80, 1);
  u64(88, 1);
  header.writeUInt8(1, 96); // clustered
  header.writeUInt8(1, 97); // internal compression: none
  header.writeUInt8(1, 98); // tile compression: none
  header.writeUInt8(2, 99); // tile type: png
  header.writeUInt8(0, 100);
  header.writeUInt8(maxZoom, 101);
  header.writeInt32LE(-1_800_000_000, 102);
  header.writeInt32LE(-850_000_000, 106);
  header.writeInt32LE(1_800_000_000, 110);
  header.writeInt32LE(850_000_000, 114);
  header.writeUInt8(0, 118);
  return Buffer.concat([header, root, metadata, png]);
}

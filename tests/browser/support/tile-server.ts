// A local tile server for browser tests: one small PNG for every tile, with CORS, so tests
// never touch the internet and the service worker sees real (non-opaque) responses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 256×256 pale-green PNG. */
export function tilePng(): Buffer {
  const size = 256;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x++) row.set([226, 238, 222], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TileServer {
  readonly urlTemplate: string;
  /** Served only when started with an archive. */
  readonly pmtilesUrl: string;
  readonly requests: () => number;
  close(): Promise<void>;
}

/** Store settings for a basemap from this tile server whose terms allow saving areas offline. */
export const areaSavingTiles = (tiles: TileServer, maxTiles: number, attribution = 'Test tiles') => ({
  TILE_URL: tiles.urlTemplate,
  TILE_ATTRIBUTION: attribution,
  TILE_BULK_DOWNLOAD: 'true',
  TILE_BULK_MAX_TILES: String(maxTiles),
});

/** Serves a PMTiles archive with byte ranges and CORS, as a static file host would. */
function servePmtiles(req: IncomingMessage, res: ServerResponse, archive: Buffer): void {
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'range',
    'Access-Control-Expose-Headers': 'content-length, content-range, etag',
    ETag: '"basemap-1"',
  };
  if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (!range) {
    res.writeHead(200, {
      ...cors,
      'Content-Type': 'application/octet-stream',
      'Content-Length': archive.length,
    });
    return void res.end(req.method === 'HEAD' ? undefined : archive);
  }
  const start = Number(range[1]);
  const end = Math.min(range[2] ? Number(range[2]) : archive.length - 1, archive.length - 1);
  res.writeHead(206, {
    ...cors,
    'Content-Type': 'application/octet-stream',
    'Content-Range': `bytes ${start}-${end}/${archive.length}`,
    'Content-Length': end - start + 1,
  });
  res.end(archive.subarray(start, end + 1));
}

/** delayMs slows every tile down, so tests can watch a download's progress and cancel it. */
export async function startTileServer(
  options: { delayMs?: number; pmtiles?: Buffer } = {},
): Promise<TileServer> {
  const png = tilePng();
  let count = 0;
  const server: Server = createServer((req, res) => {
    count++;
    if (options.pmtiles && req.url === '/basemap.pmtiles') return servePmtiles(req, res, options.pmtiles);
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    const send = () => {
      res.writeHead(200, {
        'Content-Type': 'image/png',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'max-age=3600',
      });
      res.end(png);
    };
    if (options.delayMs) setTimeout(send, options.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlTemplate: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    pmtilesUrl: `http://127.0.0.1:${port}/basemap.pmtiles`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser may keep connections open (after routed requests, say): do not wait for them.
        server.closeAllConnections();
      }),
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, ICONS, pinExtentFromCentre, pinGeometry } from '../../scripts/make-icons.mjs';

const iconDir = join(import.meta.dirname, '../../public/icons');

function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixel = (x: number, y: number) => {
    const i = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(i, i + 4)];
  };
  return { width, height, pixel };
}

describe('make-icons', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips pixels through its PNG encoder', () => {
    const rgba = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4]);
    const { width, height, pixel } = decodePng(encodePng(2, 2, rgba));
    expect([width, height]).toEqual([2, 2]);
    expect(pixel(1, 0)).toEqual([0, 255, 0, 128]);
    expect(pixel(1, 1)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the maskable pin inside the 80% safe zone', () => {
    for (const icon of ICONS.filter((i) => i.fullBleed)) {
      expect(pinExtentFromCentre(pinGeometry(icon.pinScale))).toBeLessThan(0.4);
    }
  });

  it('committed icons have the right sizes, corners and colours', () => {
    for (const icon of ICONS) {
      const { width, height, pixel } = decodePng(readFileSync(join(iconDir, icon.file)));
      expect([width, height]).toEqual([icon.size, icon.size]);
      const pin = pinGeometry(icon.pinScale);
      const at = (x: number, y: number) => pixel(Math.floor(x * icon.size), Math.floor(y * icon.size));
      expect(at(0, 0)).toEqual(icon.fullBleed ? [0x0b, 0x55, 0x63, 255] : [0, 0, 0, 0]);
      expect(at(0.5, 0.06)).toEqual([0x0b, 0x55, 0x63, 255]);
      expect(at(pin.cx, pin.cy)).toEqual([0xff, 0xd2, 0x3f, 255]);
      expect(at(pin.cx, pin.cy + pin.r * 0.75)).toEqual([255, 255, 255, 255]);
    }
  });
});

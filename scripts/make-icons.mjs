#!/usr/bin/env node
// One-off generator for the app icons (the outputs are committed; rerun only when the
// design changes):  node scripts/make-icons.mjs
//
// No image library: shapes are rasterised with 4x4 supersampling for antialiased edges
// and the PNGs are written by hand (zlib deflate + CRC32), so the generator has no
// dependencies and its output is byte-for-byte reproducible.
//
// Design: dark teal (#0b5563) background, white map pin (circle head + point), small
// yellow (#ffd23f) dot in the centre of the pin's head.
//   icon-192.png / icon-512.png   purpose "any": rounded-square background, transparent corners
//   icon-maskable-512.png         purpose "maskable": full-bleed background, pin inside the
//                                 central 80% safe zone (circle of radius 0.4 × size)
//   apple-touch-icon-180.png      full-bleed (iOS rounds the corners itself and would show
//                                 transparent corners as black)
//   ../favicon.svg                the same design as SVG
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ICON_DIR = join(ROOT, 'public', 'icons');

export const TEAL = [0x0b, 0x55, 0x63];
export const WHITE = [0xff, 0xff, 0xff];
export const YELLOW = [0xff, 0xd2, 0x3f];

const SUPERSAMPLE = 4;
/** Corner radius of the rounded-square background, as a fraction of the size. */
const CORNER_RADIUS = 0.2;
/** Safe zone of maskable icons: a centred circle of radius 40% of the size. */
const SAFE_ZONE_RADIUS = 0.4;

/**
 * Pin geometry in unit coordinates (0..1 of the icon size), y pointing down.
 * The head is a circle (cx, cy, r); the point is at (cx, cy + d); the outline joins the
 * circle tangentially. The yellow dot is centred in the head. `scale` shrinks the pin
 * around the icon centre.
 */
export function pinGeometry(scale = 1) {
  const r0 = 0.19;
  const d0 = 0.42;
  // Vertically centre the pin's bounding box (head top .. tip).
  const cy0 = 0.5 - (r0 + d0) / 2 + r0;
  const s = (v) => 0.5 + (v - 0.5) * scale;
  const cx = 0.5;
  const cy = s(cy0);
  const r = r0 * scale;
  const d = d0 * scale;
  const cosB = r / d;
  const sinB = Math.sqrt(1 - cosB * cosB);
  return {
    cx,
    cy,
    r,
    tip: [cx, cy + d],
    tangentLeft: [cx - r * sinB, cy + r * cosB],
    tangentRight: [cx + r * sinB, cy + r * cosB],
    dotR: 0.075 * scale,
  };
}

/** Largest distance from the icon centre to any point of the pin (unit coordinates). */
export function pinExtentFromCentre(pin) {
  const head = Math.hypot(pin.cx - 0.5, pin.cy - 0.5) + pin.r;
  const tip = Math.hypot(pin.tip[0] - 0.5, pin.tip[1] - 0.5);
  return Math.max(head, tip);
}

function inTriangle(px, py, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (px - bx) * (ay - by) - (ax - bx) * (py - by);
  const d2 = (px - cx) * (by - cy) - (bx - cx) * (py - cy);
  const d3 = (px - ax) * (cy - ay) - (cx - ax) * (py - ay);
  const hasNeg = d1 < 0 || d2 < 0 || d3 < 0;
  const hasPos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(hasNeg && hasPos);
}

function inRoundedSquare(x, y, radius) {
  if (x < 0 || y < 0 || x > 1 || y > 1) return false;
  const nx = Math.min(Math.max(x, radius), 1 - radius);
  const ny = Math.min(Math.max(y, radius), 1 - radius);
  return (x - nx) ** 2 + (y - ny) ** 2 <= radius * radius;
}

/**
 * Rasterises one icon to straight-alpha RGBA.
 * @param {number} size pixels
 * @param {{ fullBleed: boolean, pinScale: number }} options
 */
export function renderIcon(size, { fullBleed, pinScale }) {
  const pin = pinGeometry(pinScale);
  const rgba = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE;
  const samples = n * n;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let colour = null;
          if (fullBleed || inRoundedSquare(x, y, CORNER_RADIUS)) colour = TEAL;
          const headDist = Math.hypot(x - pin.cx, y - pin.cy);
          if (headDist <= pin.r || inTriangle(x, y, pin.tangentLeft, pin.tangentRight, pin.tip))
            colour = WHITE;
          if (headDist <= pin.dotR) colour = YELLOW;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / samples) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as used by PNG). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes straight-alpha RGBA pixels as an 8-bit RGBA PNG. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (stride + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const num = (v) => Number((v * 512).toFixed(2));

/** The "any" design as SVG on a 512 viewBox. */
export function faviconSvg() {
  const pin = pinGeometry(1);
  const [lx, ly] = pin.tangentLeft;
  const [rx, ry] = pin.tangentRight;
  const [tx, ty] = pin.tip;
  const corner = num(CORNER_RADIUS);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <title>Neighbourhood priorities</title>
  <rect width="512" height="512" rx="${corner}" fill="${hex(TEAL)}"/>
  <path d="M${num(lx)} ${num(ly)}A${num(pin.r)} ${num(pin.r)} 0 1 1 ${num(rx)} ${num(ry)}L${num(tx)} ${num(ty)}Z" fill="${hex(WHITE)}"/>
  <circle cx="${num(pin.cx)}" cy="${num(pin.cy)}" r="${num(pin.dotR)}" fill="${hex(YELLOW)}"/>
</svg>
`;
}

export const ICONS = [
  { file: 'icon-192.png', size: 192, fullBleed: false, pinScale: 1 },
  { file: 'icon-512.png', size: 512, fullBleed: false, pinScale: 1 },
  { file: 'icon-maskable-512.png', size: 512, fullBleed: true, pinScale: 0.85 },
  { file: 'apple-touch-icon-180.png', size: 180, fullBleed: true, pinScale: 0.9 },
];

function main() {
  mkdirSync(ICON_DIR, { recursive: true });
  for (const icon of ICONS) {
    if (icon.fullBleed && pinExtentFromCentre(pinGeometry(icon.pinScale)) > SAFE_ZONE_RADIUS) {
      throw new Error(`${icon.file}: the pin leaves the maskable safe zone`);
    }
    const png = encodePng(icon.size, icon.size, renderIcon(icon.size, icon));
    writeFileSync(join(ICON_DIR, icon.file), png);
    console.log(`wrote public/icons/${icon.file} (${png.length} bytes)`);
  }
  writeFileSync(join(ROOT, 'public', 'favicon.svg'), faviconSvg());
  console.log('wrote public/favicon.svg');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

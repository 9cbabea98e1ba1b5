// Tile arithmetic for offline maps: known tiles, counts that match enumeration, templates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Bbox,
  countTiles,
  geometryBbox,
  lonLatToTile,
  TILE_PATH,
  tilesIn,
  tileUrl,
  zoomList,
} from '../../src/domain/tiles';

describe('tiles', () => {
  it('finds the well-known tiles for central Rugby', () => {
    // Rugby town centre (-1.2606, 52.3709): z10 tile 508/336, z16 tile 32538/21537 (asinh form).
    expect(lonLatToTile(-1.2606, 52.3709, 10)).toEqual({ x: 508, y: 336 });
    expect(lonLatToTile(-1.2606, 52.3709, 16)).toEqual({ x: 32538, y: 21537 });
    expect(lonLatToTile(0, 0, 0)).toEqual({ x: 0, y: 0 });
  });

  it('counts exactly the tiles it would fetch, and each zoom roughly quadruples them', () => {
    const box: Bbox = [-1.3, 52.35, -1.22, 52.4];
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 15 }), fc.integer({ min: 6, max: 15 }), (a, b) => {
        const zooms = zoomList(a, b);
        expect([...tilesIn(box, zooms)]).toHaveLength(countTiles(box, zooms));
      }),
      { numRuns: 30 },
    );
    expect(countTiles(box, [14])).toBeGreaterThan(3 * countTiles(box, [13]));
  });

  it('lists lower zooms first so an interrupted save is still useful', () => {
    const zs = [...tilesIn([-1.3, 52.35, -1.22, 52.4], [14, 12, 13])].map((t) => t.z);
    expect(zs).toEqual([...zs].sort((a, b) => a - b));
  });

  it('fills templates and recognises tile URLs', () => {
    expect(tileUrl('https://{s}.t.example/{z}/{x}/{y}{r}.png', { z: 3, x: 4, y: 5 })).toBe(
      'https://a.t.example/3/4/5.png',
    );
    expect(TILE_PATH.test('http://127.0.0.1:5000/13/4068/2700.png')).toBe(true);
    expect(TILE_PATH.test('https://x.example/tiles/13/4068/2700@2x.webp?key=1')).toBe(true);
    expect(TILE_PATH.test('http://127.0.0.1:5000/api/v1/csps/E22000321/boundaries')).toBe(false);
  });

  it('boxes polygons and multipolygons', () => {
    expect(
      geometryBbox({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
          [
            [
              [-2, 3],
              [-1, 3],
              [-1, 4],
              [-2, 3],
            ],
          ],
        ],
      }),
    ).toEqual([-2, 0, 1, 4]);
  });
});

// Assignment rules on synthetic boundaries where the right answer is known exactly: points on
// shared edges and corners, in holes (empty or holding another ward), outside every ward;
// drawn areas by largest overlap; a district split between CSPs; and a property-based check
// that every point of a complete tiling is assigned to exactly one ward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/domain/priority';
import { AreaIndex } from '../../../src/server/geo/area-index';
import { BoundarySet } from '../../../src/server/geo/boundary-set';
import type { AreaGeometry } from '../../../src/server/geo/geometry';

const rect = (w: number, s: number, e: number, n: number): [number, number][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const poly = (...rings: [number, number][][]): AreaGeometry => ({ type: 'Polygon', coordinates: rings });
const pt = (lon: number, lat: number): Place => ({
  kind: 'point',
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const drawn = (w: number, s: number, e: number, n: number): Place => ({
  kind: 'area',
  geometry: { type: 'Polygon', coordinates: [rect(w, s, e, n)] },
});

// Two districts side by side, each of two wards; district B is split between two CSPs.
//   E05000001 | E05000002 || E05000003 | E05000004      (x 0..1, 1..2 || 2..3, 3..4; y 50..51)
// E05000002 has a hole (1.4..1.6, 50.4..50.6) holding the island ward E05000005, and an empty
// hole (1.1..1.2, 50.8..50.9).
const WARDS = [
  { code: 'E05000001', parentCode: 'E07000001', geometry: poly(rect(0, 50, 1, 51)) },
  {
    code: 'E05000002',
    parentCode: 'E07000001',
    geometry: poly(rect(1, 50, 2, 51), rect(1.4, 50.4, 1.6, 50.6), rect(1.1, 50.8, 1.2, 50.9)),
  },
  { code: 'E05000005', parentCode: 'E07000001', geometry: poly(rect(1.4, 50.4, 1.6, 50.6)) },
  { code: 'E05000003', parentCode: 'E06000060', geometry: poly(rect(2, 50, 3, 51)) },
  { code: 'E05000004', parentCode: 'E06000060', geometry: poly(rect(3, 50, 4, 51)) },
].map((w) => ({ ...w, name: w.code }));

const index = new AreaIndex(
  [new BoundarySet('ward', '2024', WARDS)],
  {
    cspsOfDistrict: new Map([
      ['E07000001', ['E22000001']],
      ['E06000060', ['E22000303', 'E22000318']],
    ]),
    // Only one ward of the split district has a known CSP.
    cspOfWard: new Map([['E05000003', 'E22000303']]),
  },
  { ward: '2024' },
);

describe('points', () => {
  it.each([
    ['inside a ward', 0.5, 50.5, 'E05000001'],
    ['on the edge shared by two wards: the lower code, once', 1, 50.5, 'E05000001'],
    ['on a corner of two wards', 1, 51, 'E05000001'],
    ['on the outer edge of the area: inside', 0, 50.5, 'E05000001'],
    ['on the edge between two districts', 2, 50.2, 'E05000002'],
    ['in a hole holding an island ward: the island', 1.5, 50.5, 'E05000005'],
    ['on the rim of the island (shared with the hole)', 1.4, 50.5, 'E05000002'],
  ])('%s', (_what, lon, lat, ward) => {
    const a = index.assign(pt(lon, lat));
    expect(a.wardCode).toBe(ward);
    expect(a.outsideArea).toBe(false);
    expect(a.rows.filter((r) => r.level === 'ward')).toEqual([
      { level: 'ward', vintage: '2024', areaCode: ward, touches: [] },
    ]);
  });

  it('in an empty hole: outside every ward, flagged and kept', () => {
    expect(index.assign(pt(1.15, 50.85))).toMatchObject({
      wardCode: null,
      districtCode: null,
      cspCode: null,
      outsideArea: true,
    });
  });

  it('outside every ward: flagged, with a row saying so for each level', () => {
    const a = index.assign(pt(10, 10));
    expect(a.outsideArea).toBe(true);
    expect(a.rows.map((r) => [r.level, r.areaCode])).toEqual([
      ['ward', null],
      ['district', null],
      ['csp', null],
    ]);
  });
});

describe('a district split between CSPs', () => {
  it('takes the CSP from the ward mapping where it is known', () => {
    expect(index.assign(pt(2.5, 50.5))).toMatchObject({
      wardCode: 'E05000003',
      districtCode: 'E06000060',
      cspCode: 'E22000303',
    });
  });
  it('leaves the CSP unassigned for a ward without a mapping', () => {
    expect(index.assign(pt(3.5, 50.5))).toMatchObject({
      wardCode: 'E05000004',
      districtCode: 'E06000060',
      cspCode: null,
      outsideArea: false,
    });
  });
  it('assigns the whole district chosen as an area unit only where its CSP is single', () => {
    expect(index.assign({ kind: 'area-unit', areaCode: 'E07000001' })).toMatchObject({
      districtCode: 'E07000001',
      cspCode: 'E22000001',
    });
    expect(index.assign({ kind: 'area-unit', areaCode: 'E06000060' })).toMatchObject({
      districtCode: 'E06000060',
      cspCode: null,
    });
  });
});

describe('drawn areas', () => {
  it('go to the ward they overlap most and record the others they touch', () => {
    // 70% in E05000003, 30% in E05000002 (across a district and CSP boundary too).
    const a = index.assign(drawn(1.7, 50.1, 2.7, 50.2));
    expect(a.wardCode).toBe('E05000003');
    expect(a.touchesWards).toEqual(['E05000002']);
    expect(a.rows.find((r) => r.level === 'district')).toMatchObject({
      areaCode: 'E06000060',
      touches: ['E07000001'],
    });
    expect(a.rows.find((r) => r.level === 'csp')).toMatchObject({
      areaCode: 'E22000303',
      touches: ['E22000001'],
    });
  });
  it('over an island ward count the island when it holds most of the area', () => {
    const a = index.assign(drawn(1.38, 50.42, 1.58, 50.58));
    expect(a.wardCode).toBe('E05000005');
    expect(a.touchesWards).toEqual(['E05000002']);
  });
  it('outside every ward are flagged', () => {
    expect(index.assign(drawn(10, 10, 10.1, 10.1)).outsideArea).toBe(true);
  });
  it('that only share an edge with a ward do not touch it', () => {
    expect(index.assign(drawn(0.2, 50.2, 1, 50.3))).toMatchObject({
      wardCode: 'E05000001',
      touchesWards: [],
    });
  });
});

describe('property: a complete tiling assigns every point exactly once', () => {
  // Random column and row cuts make a tiling of rectangles with no gaps or overlaps.
  const cuts = fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength: 1, maxLength: 8 })
    .map((xs) => [0, ...xs.sort((a, b) => a - b), 1000]);
  const tiling = fc.record({ xs: cuts, ys: cuts });

  it('inside a cell, on an edge or a corner: exactly one ward, and the right one inside', () => {
    fc.assert(
      fc.property(
        tiling,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 40,
        }),
        ({ xs, ys }, points) => {
          const cells: {
            code: string;
            name: string;
            parentCode: string;
            geometry: AreaGeometry;
            box: number[];
          }[] = [];
          for (let i = 0; i + 1 < xs.length; i++) {
            for (let j = 0; j + 1 < ys.length; j++) {
              const box = [
                (xs[i] as number) / 1000,
                50 + (ys[j] as number) / 1000,
                (xs[i + 1] as number) / 1000,
                50 + (ys[j + 1] as number) / 1000,
              ];
              const code = `E05${String(cells.length).padStart(6, '0')}`;
              cells.push({
                code,
                name: code,
                parentCode: 'E07000001',
                geometry: poly(rect(box[0] as number, box[1] as number, box[2] as number, box[3] as number)),
                box,
              });
            }
          }
          const tiled = new AreaIndex(
            [new BoundarySet('ward', 'v', cells)],
            { cspsOfDistrict: new Map(), cspOfWard: new Map() },
            { ward: 'v' },
          );
          for (const [x, y] of points) {
            const [lon, lat] = [x / 1000, 50 + y / 1000];
            const rows = tiled.assign(pt(lon, lat)).rows.filter((r) => r.level === 'ward');
            expect(rows).toHaveLength(1);
            const containing = cells.filter(
              (c) =>
                lon >= (c.box[0] as number) &&
                lon <= (c.box[2] as number) &&
                lat >= (c.box[1] as number) &&
                lat <= (c.box[3] as number),
            );
            // Strictly inside one cell it is that cell; on edges the lowest code of those touching.
            expect(rows[0]?.areaCode).toBe(containing.map((c) => c.code).sort()[0]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

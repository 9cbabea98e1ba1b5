// Area assignment against the real Warwickshire ward boundaries (ONS, December 2022,
// super-generalised), loaded the way the server loads them: from the seeded store.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { geometryBBox } from '../../../src/server/geo/geometry';
import { loadSeedWards } from '../../../src/server/seed/load';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { CENTRAL_LONDON, point } from '../../support/backends-fixtures';

const wards = loadSeedWards();
const wardName = (code: string | null) => wards.find((w) => w.code === code)?.name;

// Town centres and the ward each falls in. The generalised boundaries are coarse near ward
// edges, so these are centres well inside a town rather than points on a boundary road.
const KNOWN: [string, number, number, string, string, string][] = [
  ['Rugby town centre', -1.2606, 52.3709, 'Eastlands', 'E07000220', 'E22000321'],
  ['Stratford-upon-Avon centre', -1.7071, 52.1917, 'Guildhall', 'E07000221', 'E22000359'],
  ['Leamington Spa centre', -1.5351, 52.2852, 'Leamington Clarendon', 'E07000222', 'E22000359'],
  ['Nuneaton centre', -1.465, 52.523, 'Abbey', 'E07000219', 'E22000320'],
  ['Atherstone', -1.546, 52.578, 'Atherstone Central', 'E07000218', 'E22000319'],
];

describe.each(backends())('area assignment from the $name store', (backend) => {
  let store: TestStore;
  let index: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    index = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it.each(KNOWN)('%s is in %s', (_place, lon, lat, ward, district, csp) => {
    const a = index.assign(point(lon, lat));
    expect(wardName(a.wardCode)).toBe(ward);
    expect(a).toMatchObject({ districtCode: district, cspCode: csp, outsideArea: false });
  });

  it('flags a point outside every ward, with no codes', () => {
    expect(index.assign(CENTRAL_LONDON)).toMatchObject({
      wardCode: null,
      districtCode: null,
      cspCode: null,
      outsideArea: true,
    });
  });

  it('agrees with a brute-force point-in-polygon test inside every ward', () => {
    for (const ward of wards) {
      // A grid point that lies inside this ward and no other.
      const [w, s, e, n] = geometryBBox(ward.geometry);
      let probe: [number, number] | undefined;
      for (let i = 1; i < 20 && !probe; i++) {
        for (let j = 1; j < 20 && !probe; j++) {
          const p: [number, number] = [w + ((e - w) * i) / 20, s + ((n - s) * j) / 20];
          const containing = wards.filter((x) => booleanPointInPolygon(p, x.geometry as never));
          if (containing.length === 1 && containing[0] === ward) probe = p;
        }
      }
      expect(probe, `no interior grid point found for ${ward.name}`).toBeDefined();
      expect(index.wardAt(probe![0], probe![1])?.code).toBe(ward.code);
    }
  });

  it('assigns a drawn area by its centre', () => {
    const [lon, lat] = [-1.2606, 52.3709];
    const d = 0.002;
    const ring = [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ] as [number, number][];
    const a = index.assign({ kind: 'area', geometry: { type: 'Polygon', coordinates: [ring] } });
    expect(wardName(a.wardCode)).toBe('Eastlands');
  });

  it('assigns an area-unit place to that ward, or to a district, or flags it', () => {
    const benn = wards.find((w) => w.name === 'Benn')!;
    expect(index.assign({ kind: 'area-unit', areaCode: benn.code })).toMatchObject({
      wardCode: benn.code,
      districtCode: 'E07000220',
      cspCode: 'E22000321',
      outsideArea: false,
    });
    expect(index.assign({ kind: 'area-unit', areaCode: 'E07000222' })).toMatchObject({
      wardCode: null,
      districtCode: 'E07000222',
      cspCode: 'E22000359',
    });
    expect(index.assign({ kind: 'area-unit', areaCode: 'E05999999' }).outsideArea).toBe(true);
  });
});

describe('AreaIndex with MultiPolygon wards', () => {
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y + 1],
      [x, y],
    ],
  ];
  const index = AreaIndex.ofWards(
    [
      {
        code: 'E05000001',
        districtCode: 'E07000001',
        geometry: { type: 'MultiPolygon', coordinates: [square(0, 0), square(5, 5)] },
      },
    ],
    new Map([['E07000001', ['E22000001']]]),
  );

  it('finds points in either part and none in the gap', () => {
    expect(index.wardAt(0.5, 0.5)?.code).toBe('E05000001');
    expect(index.wardAt(5.5, 5.5)?.code).toBe('E05000001');
    expect(index.wardAt(3, 3)).toBeNull();
  });

  it('leaves the CSP unassigned for a district split between CSPs', () => {
    const split = AreaIndex.ofWards(
      [
        {
          code: 'E05000001',
          districtCode: 'E06000060',
          geometry: { type: 'Polygon', coordinates: square(0, 0) },
        },
      ],
      new Map([['E06000060', ['E22000001', 'E22000002']]]),
    );
    expect(split.assign(point(0.5, 0.5))).toMatchObject({
      districtCode: 'E06000060',
      cspCode: null,
      outsideArea: false,
    });
  });
});

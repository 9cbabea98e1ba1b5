// The device's own "which ward is this in?" agrees with the server's assignment on the real
// Warwickshire boundaries, and handles holes, MultiPolygons and points outside every ward.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wardAt } from '../../../src/client/map/ward-lookup';
import type { WardCollection } from '../../../src/client/sync/reference-data';
import { AreaIndex } from '../../../src/server/geo/area-index';
import { loadSeedWards } from '../../../src/server/seed/load';

const seed = loadSeedWards();
const wards = {
  type: 'FeatureCollection',
  features: seed.map((w) => ({
    type: 'Feature',
    properties: { code: w.code, name: w.name, districtCode: w.districtCode },
    geometry: w.geometry,
  })),
} as unknown as WardCollection;
const server = AreaIndex.ofWards(seed, new Map());

describe('wardAt on the device', () => {
  it('names the ward of known places', () => {
    expect(wardAt(wards, -1.2606, 52.3709)?.name).toBe('Eastlands');
    expect(wardAt(wards, -1.7071, 52.1917)?.name).toBe('Guildhall');
  });

  it('answers null outside every ward and with no boundaries cached', () => {
    expect(wardAt(wards, -0.1281, 51.508)).toBeNull();
    expect(wardAt(undefined, -1.2606, 52.3709)).toBeNull();
  });

  it('treats holes as outside and finds either part of a MultiPolygon', () => {
    const sq = (x: number, s: number) => [
      [x, 50],
      [x + s, 50],
      [x + s, 50 + s],
      [x, 50 + s],
      [x, 50],
    ];
    const inner = (x: number) => [
      [x + 0.4, 50.4],
      [x + 0.6, 50.4],
      [x + 0.6, 50.6],
      [x + 0.4, 50.6],
      [x + 0.4, 50.4],
    ];
    const synthetic = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: 'E05000001', name: 'Ring', districtCode: 'E07000001' },
          geometry: { type: 'MultiPolygon', coordinates: [[sq(0, 1), inner(0)], [sq(5, 1)]] },
        },
      ],
    } as unknown as WardCollection;
    expect(wardAt(synthetic, 0.2, 50.2)?.code).toBe('E05000001');
    expect(wardAt(synthetic, 0.5, 50.5)).toBeNull();
    expect(wardAt(synthetic, 5.5, 50.5)?.code).toBe('E05000001');
    expect(wardAt(synthetic, 3, 50.5)).toBeNull();
  });

  it('property: gives the same ward as the server for any point over Warwickshire', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1.98, max: -1.17, noNaN: true }),
        fc.double({ min: 51.95, max: 52.69, noNaN: true }),
        (lon, lat) => {
          expect(wardAt(wards, lon, lat)?.code ?? null).toBe(server.wardAt(lon, lat)?.code ?? null);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Cluster counts are exact: at every zoom the clusters and single points in view add up to
// the priorities in that view, and nothing is dropped or counted twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM, makeClusterIndex } from '../../../src/client/map/clusters';
import type { PublicPriority } from '../../../src/domain/public';

function priority(i: number, lon: number, lat: number): PublicPriority {
  return {
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    cspCode: 'E22000321',
    themeKey: 'local.speeding',
    wardCode: null,
    place: { kind: 'point', coordinates: [lon, lat] },
    description: '',
    supportCount: null,
    createdOn: '2026-05-01',
    status: 'published',
  };
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const total = (features: ReturnType<ReturnType<typeof makeClusterIndex>['query']>) =>
  features.reduce((sum, f) => sum + (f.kind === 'cluster' ? f.count : 1), 0);

describe('cluster index', () => {
  it('counts 50,000 priorities exactly at every zoom', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const items = Array.from({ length: 50_000 }, (_, i) =>
      priority(i, -1.45 + random() * 0.4, 52.25 + random() * 0.25),
    );
    items.push({ ...priority(50_000, 0, 0), place: { kind: 'area-unit', areaCode: 'E05008974' } });
    const index = makeClusterIndex(items);
    expect(index.size).toBe(50_000);
    for (let zoom = 6; zoom <= CLUSTER_MAX_ZOOM + 1; zoom++)
      expect(total(index.query(WORLD, zoom))).toBe(50_000);
  });

  it('counts the priorities inside a view (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -1.4, max: -1.1, noNaN: true }),
            fc.double({ min: 52.3, max: 52.45, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 400,
          },
        ),
        fc.integer({ min: 8, max: 18 }),
        (points, zoom) => {
          const index = makeClusterIndex(points.map(([lon, lat], i) => priority(i, lon, lat)));
          expect(total(index.query(WORLD, zoom))).toBe(points.length);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('splits a cluster when zoomed to its expansion zoom, and shows singles past the last zoom', () => {
    const items = [priority(1, -1.26, 52.37), priority(2, -1.2601, 52.3701), priority(3, -1.3, 52.4)];
    const index = makeClusterIndex(items);
    const [cluster] = index.query(WORLD, 8).filter((f) => f.kind === 'cluster');
    if (cluster?.kind !== 'cluster') throw new Error('expected a cluster at zoom 8');
    const zoom = index.expansionZoom(cluster.id);
    expect(index.query(WORLD, zoom).length).toBeGreaterThan(index.query(WORLD, 8).length);
    expect(index.query(WORLD, CLUSTER_MAX_ZOOM + 1).every((f) => f.kind === 'priority')).toBe(true);
  });
});

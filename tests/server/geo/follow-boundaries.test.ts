// The running server's index follows boundaries imported by the CLI while it runs.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBoundarySet } from '../../../src/server/boundaries/store-set';
import { followBoundaries } from '../../../src/server/geo/follow-boundaries';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { point } from '../../support/backends-fixtures';

describe.each(backends())('followBoundaries on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterAll(() => store.close());

  it('picks up a newly imported ward set and CSP links, and only reloads on a change', async () => {
    const app = Fastify();
    const areas = await followBoundaries(app, store.db, 3_600_000);
    const far = point(-2.5, 53.5);
    expect(areas.assign(far).outsideArea).toBe(true);
    expect(await areas.refresh()).toBe(false);

    await storeBoundarySet(store.db, {
      level: 'ward',
      vintage: '2022',
      inForceFrom: '2022-01-01',
      source: 'test',
      areas: [
        {
          code: 'E05099001',
          name: 'Far Ward',
          parentCode: 'E07000220',
          parentName: null,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-2.6, 53.4],
                [-2.4, 53.4],
                [-2.4, 53.6],
                [-2.6, 53.6],
                [-2.6, 53.4],
              ],
            ],
          },
        },
      ],
    });
    expect(await areas.refresh()).toBe(true);
    expect(areas.assign(far)).toMatchObject({
      wardCode: 'E05099001',
      districtCode: 'E07000220',
      cspCode: 'E22000321',
    });
    expect(await areas.refresh()).toBe(false);
    await app.close();
  });
});

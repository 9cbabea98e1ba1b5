// The public view and "me too" supports on both stores: only published, non-sensitive, clean
// records; snapped points; suppressed small counts; supports counted once per device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import type { Place, Priority } from '../../../src/domain/priority';
import { distanceMetres, snapToGrid } from '../../../src/domain/public';
import type { Support } from '../../../src/domain/support';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Db } from '../../../src/server/db/tables';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { listPublicPriorities } from '../../../src/server/store/public-priorities';
import { pushPriorities } from '../../../src/server/store/push';
import { pushSupports, supportCount } from '../../../src/server/store/supports';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { point, pushRequest, samplePriority } from '../../support/backends-fixtures';

const RUGBY = 'E22000321';

async function publish(db: Db, ids: readonly string[], extra: { sensitive?: number } = {}) {
  await db.kysely
    .updateTable('priorities')
    .set({ status: 'published', ...extra })
    .where('id', 'in', ids)
    .execute();
}

function supportFrom(priorityId: string, deviceId = newDeviceId()): Support {
  return { id: newPriorityId(), priorityId, deviceId, createdAt: new Date().toISOString() };
}

const push = (db: Db, supports: Support[]) =>
  pushSupports(db, { protocol: PROTOCOL_VERSION, deviceId: supports[0]!.deviceId, supports });

describe.each(backends())('public priorities on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  const stored = async (items: Priority[]) => {
    await pushPriorities(store.db, pushRequest(items[0]!.deviceId, items), areas.assign);
    return items;
  };
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('shows published priorities only, snapped to the grid, with nothing about who raised them', async () => {
    const [shown, waiting, hidden, secret, flagged] = await stored([
      samplePriority({ place: point(-1.26061, 52.37093), description: 'Racing on Clifton Road' }),
      samplePriority({ place: point(-1.2611, 52.371) }),
      samplePriority({ place: point(-1.2612, 52.371) }),
      samplePriority({ place: point(-1.2613, 52.371), themeKey: 'sensitive.domestic-abuse' }),
      samplePriority({ place: point(-1.2614, 52.371) }),
    ]);
    await publish(store.db, [shown!.id, secret!.id]);
    await publish(store.db, [hidden!.id], { sensitive: 1 });
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'published', personal_details: '["phone"]' })
      .where('id', '=', flagged!.id)
      .execute();
    const page = await listPublicPriorities(store.db, RUGBY);
    const ids = page.items.map((p) => p.id);
    expect(ids).toContain(shown!.id);
    for (const p of [waiting, hidden, secret, flagged]) expect(ids).not.toContain(p!.id);
    const item = page.items.find((p) => p.id === shown!.id)!;
    expect(Object.keys(item).sort()).toEqual(
      [
        'createdOn',
        'cspCode',
        'description',
        'id',
        'place',
        'status',
        'supportCount',
        'themeKey',
        'wardCode',
      ].sort(),
    );
    expect(item).toMatchObject({
      cspCode: RUGBY,
      themeKey: shown!.themeKey,
      wardCode: expect.stringMatching(/^E05/),
      description: 'Racing on Clifton Road',
      supportCount: 0, // no backers: said as none
      createdOn: shown!.createdAt.slice(0, 10),
      status: 'published',
    });
    expect(item.place).toEqual({ kind: 'point', coordinates: snapToGrid(-1.26061, 52.37093, 100) });
    if (item.place.kind !== 'point') throw new Error('expected a point');
    expect(distanceMetres(item.place.coordinates, [-1.26061, 52.37093])).toBeLessThan(75);
    expect(item.place.coordinates).not.toEqual([-1.26061, 52.37093]);
  });

  it('publishes a drawn area as its snapped centroid and a ward-only priority as its ward', async () => {
    const square: Place = {
      kind: 'area',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.262, 52.37],
            [-1.258, 52.37],
            [-1.258, 52.372],
            [-1.262, 52.372],
            [-1.262, 52.37],
          ],
        ],
      },
    };
    const [area, ward] = await stored([
      samplePriority({ place: square }),
      samplePriority({ place: { kind: 'area-unit', areaCode: 'E05008974', landmark: 'Railway Terrace' } }),
    ]);
    await publish(store.db, [area!.id, ward!.id]);
    const { items } = await listPublicPriorities(store.db, RUGBY, { gridMetres: 250 });
    expect(items.find((p) => p.id === area!.id)?.place).toEqual({
      kind: 'point',
      coordinates: snapToGrid(-1.26, 52.371, 250),
    });
    expect(items.find((p) => p.id === ward!.id)?.place).toEqual({ kind: 'area-unit', areaCode: 'E05008974' });
  });

  it('pages by id without gaps or repeats', async () => {
    const many = await stored(
      Array.from({ length: 25 }, () => samplePriority({ place: point(-1.25, 52.36) })),
    );
    await publish(
      store.db,
      many.map((p) => p.id),
    );
    const all = (await listPublicPriorities(store.db, RUGBY, { limit: 2000 })).items.map((p) => p.id);
    const paged: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listPublicPriorities(store.db, RUGBY, { cursor, limit: 7 });
      paged.push(...page.items.map((p) => p.id));
      if (!page.more) break;
      cursor = page.cursor;
    }
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('counts one support per device, shows the count from 5, and never twice for a replay', async () => {
    const [target] = await stored([samplePriority({ place: point(-1.26, 52.37) })]);
    await publish(store.db, [target!.id]);
    const devices = Array.from({ length: 5 }, () => newDeviceId());
    const first = supportFrom(target!.id, devices[0]);
    expect((await push(store.db, [first])).results[0]!.status).toBe('accepted');
    // A replay, and a second support id from the same device (another tab), are duplicates.
    expect((await push(store.db, [first])).results[0]!.status).toBe('duplicate');
    expect((await push(store.db, [supportFrom(target!.id, devices[0])])).results[0]!.status).toBe(
      'duplicate',
    );
    const byId = async () =>
      (await listPublicPriorities(store.db, RUGBY, { limit: 2000 })).items.find((p) => p.id === target!.id);
    expect((await byId())?.supportCount).toBeNull();
    // Four more devices at once, each sent twice concurrently.
    const more = devices.slice(1).map((d) => supportFrom(target!.id, d));
    await Promise.all(more.flatMap((s) => [push(store.db, [s]), push(store.db, [s])]));
    expect(await supportCount(store.db, target!.id)).toBe(5);
    expect((await byId())?.supportCount).toBe(5);
  });

  it('refuses support for what is not public, and for a priority raised on the same device', async () => {
    const [own, unpublished] = await stored(
      Array.from({ length: 2 }, () => samplePriority({ place: point(-1.26, 52.37) })),
    );
    await publish(store.db, [own!.id]);
    const mine = await push(store.db, [supportFrom(own!.id, own!.deviceId)]);
    expect(mine.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'that priority was raised on this device',
    });
    const hidden = await push(store.db, [supportFrom(unpublished!.id)]);
    expect(hidden.results[0]).toMatchObject({ status: 'rejected', reason: 'that priority is not published' });
    const unknown = await push(store.db, [supportFrom(newPriorityId())]);
    expect(unknown.results[0]!.status).toBe('rejected');
    expect(await supportCount(store.db, unpublished!.id)).toBe(0);
  });
});

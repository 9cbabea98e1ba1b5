// Push is idempotent and newest-version-wins on both stores, also under concurrent retries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Priority } from '../../../src/domain/priority';
import type { AreaIndex } from '../../../src/server/geo/area-index';
import { loadAreaIndex } from '../../../src/server/geo/area-index';
import { fromPriorityRow } from '../../../src/server/store/priority-row';
import { pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import {
  CENTRAL_LONDON,
  countRows,
  devicePriorities,
  point,
  pushRequest,
} from '../../support/backends-fixtures';

describe.each(backends())('pushPriorities on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('stores a batch once when it is pushed twice', async () => {
    const items = devicePriorities(3);
    const req = pushRequest(items[0]!.deviceId, items);
    const first = await pushPriorities(store.db, req, areas.assign);
    const second = await pushPriorities(store.db, req, areas.assign);
    expect(first.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(second.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(second.results.map((r) => r.id)).toEqual(items.map((p) => p.id));
    expect(
      await countRows(
        store.db,
        items.map((p) => p.id),
      ),
    ).toBe(3);
  });

  it('stores a batch once when the same push arrives twice at the same time', async () => {
    const items = devicePriorities(20);
    const req = pushRequest(items[0]!.deviceId, items);
    const [a, b] = await Promise.all([
      pushPriorities(store.db, req, areas.assign),
      pushPriorities(store.db, req, areas.assign),
    ]);
    expect(
      await countRows(
        store.db,
        items.map((p) => p.id),
      ),
    ).toBe(20);
    // Each record is accepted by exactly one of the two pushes.
    for (let i = 0; i < items.length; i++) {
      const statuses = [a.results[i]!.status, b.results[i]!.status].sort();
      expect(statuses).toEqual(['accepted', 'duplicate']);
    }
  });

  it('updates a record when a newer version arrives, and ignores an older one', async () => {
    const [v1] = devicePriorities(1, { description: 'first' });
    const v2 = { ...v1!, version: 2, description: 'second' };
    await pushPriorities(store.db, pushRequest(v1!.deviceId, [v1!]), areas.assign);
    const newer = await pushPriorities(store.db, pushRequest(v1!.deviceId, [v2]), areas.assign);
    const older = await pushPriorities(store.db, pushRequest(v1!.deviceId, [v1!]), areas.assign);
    expect(newer.results[0]!.status).toBe('accepted');
    expect(older.results[0]!.status).toBe('duplicate');
    const row = await store.db.kysely
      .selectFrom('priorities')
      .select(['version', 'description'])
      .where('id', '=', v1!.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, description: 'second' });
  });

  it('never lets one device overwrite another device’s record', async () => {
    const [mine] = devicePriorities(1, { description: 'mine' });
    const [other] = devicePriorities(1);
    const theirs = { ...mine!, deviceId: other!.deviceId, version: 5, description: 'theirs' };
    await pushPriorities(store.db, pushRequest(mine!.deviceId, [mine!]), areas.assign);
    const res = await pushPriorities(store.db, pushRequest(theirs.deviceId, [theirs]), areas.assign);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'not_owner' });
    const row = await store.db.kysely
      .selectFrom('priorities')
      .select('description')
      .where('id', '=', mine!.id)
      .executeTakeFirstOrThrow();
    expect(row.description).toBe('mine');
  });

  it('records the server-owned assignment and status', async () => {
    const [p] = devicePriorities(1);
    await pushPriorities(store.db, pushRequest(p!.deviceId, [p!]), areas.assign);
    const row = await store.db.kysely
      .selectFrom('priorities')
      .selectAll()
      .where('id', '=', p!.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'received',
      district_code: 'E07000220',
      assigned_csp_code: 'E22000321',
      outside_area: 0,
    });
    expect(row.ward_code).toMatch(/^E05/);
  });

  const sameSizeBatch = (n: number): Priority[] =>
    devicePriorities(7).map((p, i) => ({
      ...p,
      description: `batch ${n}, item ${i}: cars parked on the verge`,
      // Alternate a Rugby point, a Nuneaton point and a place outside every ward.
      place: [point(-1.2606 + i * 0.001, 52.3709), point(-1.4683, 52.5232), CENTRAL_LONDON][i % 3]!,
      residentCount: n * 10 + i,
    }));

  // Batches of one size reuse the SQL compiled for the first (compiled-inserts.ts).
  it('stores each same-size batch with its own values, change stamps and wards', async () => {
    const batches = [sameSizeBatch(1), sameSizeBatch(2), sameSizeBatch(3)];
    for (const items of batches) {
      const pushed = await pushPriorities(store.db, pushRequest(items[0]!.deviceId, items), areas.assign);
      expect(pushed.results.map((r) => r.status)).toEqual(items.map(() => 'accepted'));
    }
    const all = batches.flat();
    const rows = await store.db.kysely
      .selectFrom('priorities')
      .selectAll()
      .where(
        'id',
        'in',
        all.map((p) => p.id),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const p of all) {
      const row = byId.get(p.id)!;
      const { residentCount, recordedBy, equality, ...sent } = p;
      expect(fromPriorityRow(row)).toEqual(sent);
      expect(row.resident_count).toBe(residentCount);
      expect(row.ward_code).toBe(areas.assign(p.place).wardCode);
      expect(row.outside_area).toBe(areas.assign(p.place).outsideArea ? 1 : 0);
    }
    // Every row its own change stamp: a device pulling by cursor misses none.
    expect(new Set(rows.map((r) => r.change_seq)).size).toBe(all.length);
    const areaRows = await store.db.kysely
      .selectFrom('priority_areas')
      .select(['priority_id', 'level', 'area_code'])
      .where(
        'priority_id',
        'in',
        all.map((p) => p.id),
      )
      .where('level', '=', 'ward')
      .execute();
    expect(new Map(areaRows.map((r) => [r.priority_id, r.area_code]))).toEqual(
      new Map(all.map((p) => [p.id, areas.assign(p.place).wardCode])),
    );
  });
});

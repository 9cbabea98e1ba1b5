// A meeting is stored whole or not at all, once, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId } from '../../../../src/domain/ids';
import { type AreaIndex, loadAreaIndex } from '../../../../src/server/geo/area-index';
import { meetingRecord } from '../../../../src/server/store/meetings/read';
import { BundleConflict, storeMeetingBundle } from '../../../../src/server/store/meetings/store-bundle';
import { sampleBundle } from '../../../domain/meeting-fixtures';
import { backends, openSeededStore, type TestStore } from '../../../support/backends';

async function counts(store: TestStore, meetingId: string) {
  const k = store.db.kysely;
  const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string }> }) =>
    Number((await q.executeTakeFirstOrThrow()).n);
  return {
    meetings: await n(
      k
        .selectFrom('meetings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id', '=', meetingId),
    ),
    items: await n(
      k
        .selectFrom('meeting_items')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('meeting_id', '=', meetingId),
    ),
    agreed: await n(
      k
        .selectFrom('meeting_agreed')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('meeting_id', '=', meetingId),
    ),
  };
}

describe.each(backends())('storeMeetingBundle on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('stores the whole meeting once, however often it is sent', async () => {
    const bundle = sampleBundle();
    expect((await storeMeetingBundle(store.db, bundle, areas.assign)).status).toBe('accepted');
    expect((await storeMeetingBundle(store.db, bundle, areas.assign)).status).toBe('duplicate');
    expect(await counts(store, bundle.meeting.id)).toEqual({ meetings: 1, items: 4, agreed: 3 });
    const priorities = await store.db.kysely
      .selectFrom('priorities')
      .select(['channel', 'ward_code'])
      .where('device_id', '=', bundle.deviceId)
      .execute();
    expect(priorities).toHaveLength(4);
    expect(priorities.every((p) => p.channel === 'meeting' && p.ward_code === 'E05008974')).toBe(true);
  });

  it('stores a bundle once when two copies arrive at the same time', async () => {
    const bundle = sampleBundle();
    const results = await Promise.all(
      [1, 2, 3].map(() => storeMeetingBundle(store.db, bundle, areas.assign)),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(await counts(store, bundle.meeting.id)).toEqual({ meetings: 1, items: 4, agreed: 3 });
  });

  it('stores nothing when any part fails: never half a meeting', async () => {
    const first = sampleBundle();
    await storeMeetingBundle(store.db, first, areas.assign);
    // A second meeting from another device that reuses one of the first meeting's priority ids:
    // the meeting row and new priorities are written before the clash is found, then rolled back.
    const deviceId = newDeviceId();
    const clash = sampleBundle({ deviceId });
    const stolen = { ...first.priorities[0]!, deviceId };
    const bundle = {
      ...clash,
      priorities: [...clash.priorities.slice(1), stolen],
      items: [...clash.items.slice(1), { ...clash.items[0]!, priorityId: stolen.id }],
      agreed: [],
    };
    await expect(storeMeetingBundle(store.db, bundle, areas.assign)).rejects.toBeInstanceOf(BundleConflict);
    expect(await counts(store, bundle.meeting.id)).toEqual({ meetings: 0, items: 0, agreed: 0 });
    const leftovers = await store.db.kysely
      .selectFrom('priorities')
      .select('id')
      .where('device_id', '=', deviceId)
      .execute();
    expect(leftovers).toEqual([]);
  });

  it('refuses a meeting id already held for another device, and keeps the original', async () => {
    const bundle = sampleBundle();
    await storeMeetingBundle(store.db, bundle, areas.assign);
    const other = sampleBundle({ meeting: bundle.meeting });
    await expect(storeMeetingBundle(store.db, other, areas.assign)).rejects.toBeInstanceOf(BundleConflict);
    expect(await counts(store, bundle.meeting.id)).toEqual({ meetings: 1, items: 4, agreed: 3 });
  });

  it('reads the record back with ranked votes, agreed priorities and the previous meeting', async () => {
    const earlier = sampleBundle();
    await storeMeetingBundle(store.db, earlier, areas.assign);
    const later = sampleBundle({
      meeting: {
        ...earlier.meeting,
        id: sampleBundle().meeting.id,
        date: '2026-12-18',
        previousMeetingId: earlier.meeting.id,
      },
    });
    await storeMeetingBundle(store.db, later, areas.assign);
    const record = await meetingRecord(store.db, later.meeting.id);
    expect(record?.wardName).toBe('Benn');
    expect(record?.items.map((i) => i.votes)).toEqual([9, 8, 7, 6]);
    expect(record?.agreed.map((a) => [a.rank, a.leadAgency, a.votes])).toEqual([
      [1, 'police', 9],
      [2, 'council', 8],
      [3, 'police', 7],
    ]);
    expect(record?.previous?.id).toBe(earlier.meeting.id);
    expect(record?.previous?.agreed).toHaveLength(3);
  });
});

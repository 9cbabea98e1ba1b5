// PostgreSQL only: a write that took its change_seq first but commits last must not be
// skipped by a cursor that already moved past a later write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { pullPriorities } from '../../../src/server/store/pull';
import { applyPriorityRecords, pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { devicePriorities, pushRequest } from '../../support/backends-fixtures';

const postgres = backends().find((b) => b.name === 'postgres');

describe.skipIf(!postgres)('pull horizon on postgres', () => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(postgres!);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  it('holds back later commits until an earlier open write commits', async () => {
    const [early, late] = devicePriorities(2);
    const deviceId = early!.deviceId;
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let written!: () => void;
    const wroteEarly = new Promise<void>((r) => {
      written = r;
    });
    // Transaction A writes first (lower change_seq) and stays open.
    const txA = store.db.kysely.transaction().execute(async (tx) => {
      await applyPriorityRecords(
        tx,
        'postgres',
        deviceId,
        [{ ...early!, baseVersion: 0 }],
        areas.assign,
        new Date().toISOString(),
      );
      written();
      await gate;
    });
    await wroteEarly;
    // Transaction B writes later and commits first.
    await pushPriorities(store.db, pushRequest(deviceId, [late!]), areas.assign);

    const during = await pullPriorities(store.db, { deviceId });
    expect(during.items).toEqual([]);

    release();
    await txA;
    const after = await pullPriorities(store.db, { deviceId, cursor: during.cursor });
    expect(after.items.map((i) => i.id)).toEqual([early!.id, late!.id]);
  });
});

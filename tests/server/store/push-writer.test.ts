// The push writer thread (SQLite, as the server runs it): the same answers as writing on the main
// thread, areas assigned by the main thread, and two writing connections that wait their turn.
import { afterEach, describe, expect, it } from 'vitest';
import type { PriorityRecord } from '../../../src/domain/sync-protocol';
import { buildApp } from '../../../src/server/app';
import type { Db, SqliteOpening } from '../../../src/server/db/tables';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { applyPriorityRecords } from '../../../src/server/store/push';
import { makeThreadPushWriter, type PushWriter } from '../../../src/server/store/push-writer';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { countRows, devicePriorities, pushRequest } from '../../support/backends-fixtures';

const sqlite = backends().find((b) => b.name === 'sqlite')!;
const records = (n: number): readonly PriorityRecord[] =>
  pushRequest('', devicePriorities(n)).priorities ?? [];

describe('push writer thread', () => {
  let store: TestStore | undefined;
  let writer: PushWriter | undefined;
  afterEach(async () => {
    await writer?.close();
    await store?.close();
    writer = undefined;
    store = undefined;
  });

  const open = async (): Promise<{ db: Db & { sqlite: SqliteOpening }; areas: AreaIndex }> => {
    store = await openSeededStore(sqlite, { server: true });
    const db = store.db;
    if (!db.sqlite) throw new Error('expected an SQLite store');
    return { db: { ...db, sqlite: db.sqlite }, areas: await loadAreaIndex(db) };
  };

  it('answers as the main thread would, and stores the areas the main thread assigned', async () => {
    const { db, areas } = await open();
    writer = makeThreadPushWriter(db, areas.assign);
    const batch = records(3);
    const deviceId = batch[0]!.deviceId;
    expect((await writer.write(deviceId, batch)).map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'accepted',
    ]);
    expect((await writer.write(deviceId, batch)).map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    const edit = { ...batch[0]!, description: 'Edited on the device', version: 2, baseVersion: 1 };
    // A moderator's change on the store (another writer) makes the device's later edit stale.
    await db.kysely
      .updateTable('priorities')
      .set({ version: 2, written_by: 'staff:moderator', description: 'Redacted' })
      .where('id', '=', batch[1]!.id)
      .execute();
    const stale = { ...batch[1]!, description: 'Edited from an old copy', version: 2, baseVersion: 1 };
    const answers = await writer.write(deviceId, [edit, stale]);
    expect(answers.map((r) => r.status)).toEqual(['accepted', 'conflict']);
    expect(answers[1]).toMatchObject({ version: 2, current: { description: 'Redacted' } });

    const row = await db.kysely
      .selectFrom('priorities')
      .select(['description', 'version', 'ward_code'])
      .where('id', '=', edit.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      description: 'Edited on the device',
      version: 2,
      ward_code: areas.assign(edit.place).wardCode,
    });
    expect(row.ward_code).toMatch(/^E05/);
    const areaRows = await db.kysely
      .selectFrom('priority_areas')
      .select('area_code')
      .where('priority_id', '=', batch[2]!.id)
      .execute();
    expect(areaRows.map((r) => r.area_code).sort()).toEqual(
      areas
        .assign(batch[2]!.place)
        .rows.map((r) => r.areaCode)
        .sort(),
    );
  });

  it('shares the store with writes on the main thread: each waits its turn, none fails or doubles', async () => {
    const { db, areas } = await open();
    writer = makeThreadPushWriter(db, areas.assign);
    const warm = records(1);
    await writer.write(warm[0]!.deviceId, warm); // the thread is up before the race starts
    const onThread = Array.from({ length: 20 }, () => records(40));
    const onMain = Array.from({ length: 20 }, () => records(40));
    const answers = await Promise.all([
      ...onThread.map((batch) => writer!.write(batch[0]!.deviceId, batch)),
      // Main-thread transactions that read, wait a moment (as one awaiting other work would),
      // then write: the thread's commits must not land between that read and write.
      ...onMain.map((batch) =>
        db.kysely.transaction().execute(async (tx) => {
          await tx.selectFrom('priorities').select('id').limit(1).execute();
          await new Promise((resolve) => setTimeout(resolve, 5));
          return applyPriorityRecords(
            tx,
            'sqlite',
            batch[0]!.deviceId,
            batch,
            areas.assign,
            new Date().toISOString(),
          );
        }),
      ),
    ]);
    expect(answers.flat().every((r) => r.status === 'accepted')).toBe(true);
    const ids = [...onThread, ...onMain].flat().map((r) => r.id);
    expect(await countRows(db, ids)).toBe(1600);
    // Change stamps stay unique, so pulls after a cursor see every row exactly once.
    const stamps = await db.kysely
      .selectFrom('priorities')
      .select('change_seq')
      .where('id', 'in', ids)
      .execute();
    expect(new Set(stamps.map((s) => s.change_seq)).size).toBe(1600);
  });

  it('answers the pushes already sent before it closes', async () => {
    const { db, areas } = await open();
    writer = makeThreadPushWriter(db, areas.assign);
    const batch = records(5);
    const sent = writer.write(batch[0]!.deviceId, batch);
    await writer.close();
    expect((await sent).map((r) => r.status)).toEqual(Array(5).fill('accepted'));
    expect(
      await countRows(
        db,
        batch.map((r) => r.id),
      ),
    ).toBe(5);
  });

  it('serves the sync API when the app is built to write pushes on the thread', async () => {
    const { db } = await open();
    const app = await buildApp({ db, pushWriterThread: true });
    try {
      const batch = devicePriorities(4);
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        payload: pushRequest(batch[0]!.deviceId, batch),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().results.map((r: { status: string }) => r.status)).toEqual(
        Array(4).fill('accepted'),
      );
      expect(
        await countRows(
          db,
          batch.map((p) => p.id),
        ),
      ).toBe(4);
    } finally {
      await app.close();
    }
  });
});

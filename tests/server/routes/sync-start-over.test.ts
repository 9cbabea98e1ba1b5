// "Start over" over HTTP, on both backends: every sync answer carries the store mark; a device
// that was confirmed a priority and never completed a pull is told to start over by a store
// restored to before it, even from the first cursor, and what it sends again is stored once.
// A device without a mark (an app from before marks) is answered as before.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API } from '../../../src/domain/meetings-api';
import { STORE_MARK_HEADER, STORE_MARK_PATTERN } from '../../../src/domain/store-mark';
import { SUPPORT_PUSH_PATH } from '../../../src/domain/support';
import { API } from '../../../src/domain/sync-protocol';
import { buildApp } from '../../../src/server/app';
import type { Db } from '../../../src/server/db/tables';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { countRows, devicePriorities, pushRequest } from '../../support/backends-fixtures';

const pullUrl = (deviceId: string, cursor: string, marks?: string) =>
  `${API.pull}?protocol=2&deviceId=${deviceId}&cursor=${cursor}${marks ? `&marks=${marks}` : ''}`;

/** A backup of what matters here: which priorities and which store runs it knew. */
async function backUp(db: Db) {
  const ids = (await db.kysely.selectFrom('priorities').select('id').execute()).map((r) => r.id);
  return { ids: new Set(ids), runs: await db.kysely.selectFrom('store_generations').selectAll().execute() };
}

/** Puts the store back as the backup had it: later priorities gone, the runs it knew. */
async function restore(db: Db, backup: Awaited<ReturnType<typeof backUp>>): Promise<void> {
  const now = (await db.kysely.selectFrom('priorities').select('id').execute()).map((r) => r.id);
  const lost = now.filter((id) => !backup.ids.has(id));
  if (lost.length > 0) {
    await db.kysely.deleteFrom('priority_areas').where('priority_id', 'in', lost).execute();
    await db.kysely.deleteFrom('priorities').where('id', 'in', lost).execute();
  }
  await db.kysely.deleteFrom('store_generations').execute();
  if (backup.runs.length > 0) await db.kysely.insertInto('store_generations').values(backup.runs).execute();
}

describe.each(backends())('start over on $name', (backend) => {
  let store: TestStore;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    app = await buildApp({ db: store.db });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });
  /** Stops the store cleanly and starts it again, as a restart or after a restore. */
  const restart = async (between?: () => Promise<void>) => {
    await app.close();
    await between?.();
    app = await buildApp({ db: store.db });
  };
  const push = (body: object) => app.inject({ method: 'POST', url: API.push, payload: body });
  const pull = (deviceId: string, cursor: string, marks?: string) =>
    app.inject({ method: 'GET', url: pullUrl(deviceId, cursor, marks) });

  it('marks every sync answer, and only those', async () => {
    const items = devicePriorities(1);
    const deviceId = items[0]!.deviceId;
    const answers = [
      await push(pushRequest(deviceId, items)),
      await pull(deviceId, '0.0'),
      await app.inject({
        method: 'GET',
        url: `${MEETINGS_API.pullResponses}?protocol=2&deviceId=${deviceId}`,
      }),
    ];
    // "Me too" supports, and meeting bundles (answered here without a session: still marked).
    answers.push(
      await app.inject({
        method: 'POST',
        url: SUPPORT_PUSH_PATH,
        payload: { protocol: 2, deviceId, supports: [] },
      }),
      await app.inject({ method: 'POST', url: MEETINGS_API.bundles, payload: {} }),
    );
    expect(answers[3]!.statusCode).toBe(200);
    for (const answer of answers) expect(answer.headers[STORE_MARK_HEADER]).toMatch(STORE_MARK_PATTERN);
    expect(answers[1]!.json().mark).toMatch(STORE_MARK_PATTERN);
    const config = await app.inject({ method: 'GET', url: API.config });
    expect(config.headers[STORE_MARK_HEADER]).toBeUndefined();
  });

  it('marks no store issued, or more than a device keeps, are a 400 naming them', async () => {
    const [p] = devicePriorities(1);
    const nine = Array.from({ length: 9 }, (_, i) => `run${i}.1`).join(',');
    for (const bad of ['DROP TABLE', 'abc.1,', nine]) {
      const res = await pull(p!.deviceId, '0.0', encodeURIComponent(bad));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_request', issues: [{ path: 'marks' }] });
    }
  });

  it('confirmed, never pulled, store restored: starts over from the first cursor; sent again, stored once', async () => {
    const backup = await backUp(store.db); // the nightly backup
    const items = devicePriorities(2);
    const deviceId = items[0]!.deviceId;
    const pushed = await push(pushRequest(deviceId, items));
    expect(pushed.json().results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted']);
    const mark = pushed.headers[STORE_MARK_HEADER] as string;

    await restart(() => restore(store.db, backup));
    expect(
      await countRows(
        store.db,
        items.map((p) => p.id),
      ),
    ).toBe(0);

    // An app from before marks cannot be told: its first cursor looks like a new device's.
    expect((await pull(deviceId, '0.0')).json().reset).toBeUndefined();
    const answer = await pull(deviceId, '0.0', mark);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ reset: true, items: [], more: false });
    const fresh = answer.json().mark as string;
    expect(fresh.split('.')[0]).not.toBe(mark.split('.')[0]);

    // The device sends everything again: lost records are stored, once.
    const again = await push(pushRequest(deviceId, items));
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted']);
    const replay = await push(pushRequest(deviceId, items));
    expect(replay.json().results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'duplicate',
    ]);
    expect(
      await countRows(
        store.db,
        items.map((p) => p.id),
      ),
    ).toBe(2);

    const settled = await pull(deviceId, '0.0', fresh);
    expect(settled.json().reset).toBeUndefined();
    expect(settled.json().items.map((i: { id: string }) => i.id)).toEqual(items.map((p) => p.id));
  });

  it('a restart before the backup: the later run’s mark, held beside the earlier one, tells', async () => {
    const items = devicePriorities(2);
    const deviceId = items[0]!.deviceId;
    const first = await push(pushRequest(deviceId, items.slice(0, 1)));
    const earlier = first.headers[STORE_MARK_HEADER] as string;
    await restart();
    const backup = await backUp(store.db);
    // Confirmed by the next run, after the backup; the device's pulls have all failed since.
    const later = (await push(pushRequest(deviceId, items.slice(1)))).headers[STORE_MARK_HEADER] as string;
    await restart(() => restore(store.db, backup));

    // The earlier run was on disk in full when the backup was taken: alone, its mark would pass.
    expect((await pull(deviceId, '0.0', earlier)).json().reset).toBeUndefined();
    const answer = await pull(deviceId, '0.0', `${earlier},${later}`);
    expect(answer.json()).toMatchObject({ reset: true });
    const again = await push(pushRequest(deviceId, items));
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'accepted']);
    expect(
      await countRows(
        store.db,
        items.map((p) => p.id),
      ),
    ).toBe(2);
  });

  it('a clean restart (nothing lost) never makes a device start over', async () => {
    const items = devicePriorities(1);
    const deviceId = items[0]!.deviceId;
    const mark = (await push(pushRequest(deviceId, items))).headers[STORE_MARK_HEADER] as string;
    await restart();
    const answer = await pull(deviceId, '0.0', mark);
    expect(answer.json().reset).toBeUndefined();
    expect(answer.json().items).toHaveLength(1);
  });

  it('a store replaced by another (which never knew this run) tells a device with a cursor to start over', async () => {
    const before = await backUp(store.db);
    const items = devicePriorities(1);
    const deviceId = items[0]!.deviceId;
    await push(pushRequest(deviceId, items));
    const first = (await pull(deviceId, '0.0')).json();
    // Another store's data: none of this device's records, and none of the runs it heard from.
    await restart(() => restore(store.db, { ids: before.ids, runs: [] }));
    const res = await pull(deviceId, first.cursor, first.mark);
    expect(res.json()).toMatchObject({ reset: true, items: [] });
  });
});

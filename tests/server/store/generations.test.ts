// Store generations on both backends: a run's marks stand across graceful restarts, and a store
// restored from a backup taken before an answer (or a store that never knew the run) refuses them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db, StoreGenerationsTable } from '../../../src/server/db/tables';
import { type StoreGeneration, startGeneration } from '../../../src/server/store/generations';
import { backends, openSeededStore, type TestStore } from '../../support/backends';

/** The rows a backup holds. */
const backUp = (db: Db) => db.kysely.selectFrom('store_generations').selectAll().execute();

/** Puts the generations back as a backup had them (the rest of a restore does not matter here). */
async function restore(db: Db, rows: readonly StoreGenerationsTable[]): Promise<void> {
  await db.kysely.deleteFrom('store_generations').execute();
  if (rows.length > 0)
    await db.kysely
      .insertInto('store_generations')
      .values([...rows])
      .execute();
}

const seenUntil = async (db: Db, id: string) =>
  Number(
    (
      await db.kysely
        .selectFrom('store_generations')
        .select('seen_until')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).seen_until,
  );

describe.each(backends())('store generations on $name', (backend) => {
  let store: TestStore;
  const running: StoreGeneration[] = [];
  const start = async (everyMs?: number) => {
    const g = await startGeneration(store.db, everyMs);
    running.push(g);
    return g;
  };
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterEach(async () => {
    for (const g of running.splice(0)) await g.close();
  });
  afterAll(() => store.close());

  it('holds marks of the running store, and refuses marks it never issued', async () => {
    const run = await start();
    expect(await run.stillHeld(run.mark())).toBe(true);
    expect(await run.stillHeld('0123456789abcdef.5')).toBe(false);
    expect(await run.stillHeld('not a mark')).toBe(false);
  });

  it('still holds the marks of a run that shut down cleanly, after a restart', async () => {
    const first = await start();
    const mark = first.mark();
    await first.close();
    const second = await start();
    expect(second.id).not.toBe(first.id);
    expect(await second.stillHeld(mark)).toBe(true);
  });

  it('after a restore, holds marks answered before the backup and refuses later ones', async () => {
    const first = await start(20);
    const before = first.mark();
    // How far answers are on disk is written soon after an answer, without a shutdown.
    await expect.poll(() => seenUntil(store.db, first.id)).toBeGreaterThan(Number(before.split('.')[1]));
    const backup = await backUp(store.db);
    await new Promise((r) => setTimeout(r, 5));
    const after = first.mark(); // e.g. a push confirmed after the nightly backup
    await first.close();
    expect(await seenUntil(store.db, first.id)).toBeGreaterThan(Number(after.split('.')[1]));

    await restore(store.db, backup);
    const restored = await start();
    expect(await restored.stillHeld(before)).toBe(true);
    expect(await restored.stillHeld(after)).toBe(false);
    // A device holds the newest mark of each run it heard: one the restore lost is enough.
    expect(await restored.stillHeld(`${before},${restored.mark()}`)).toBe(true);
    expect(await restored.stillHeld(`${after},${restored.mark()}`)).toBe(false);
  });

  it('a store restored to before a run began refuses every mark of that run', async () => {
    const backup = await backUp(store.db);
    const lost = await start();
    const mark = lost.mark();
    await lost.close();
    await restore(store.db, backup);
    const restored = await start();
    expect(await restored.stillHeld(mark)).toBe(false);
  });

  it('writes nothing while nobody is answered', async () => {
    const quiet = await start(10);
    await new Promise((r) => setTimeout(r, 60));
    expect(await seenUntil(store.db, quiet.id)).toBe(0);
  });
});

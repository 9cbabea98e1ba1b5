// Edits, conflicts and withdrawal on both stores, and a property test over real pushes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriorityRecord } from '../../../src/domain/sync-protocol';
import { type AreaIndex, loadAreaIndex } from '../../../src/server/geo/area-index';
import { pushPriorities } from '../../../src/server/store/push';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { devicePriorities, pushRequest, samplePriority } from '../../support/backends-fixtures';

describe.each(backends())('edits and withdrawal on $name', (backend) => {
  let store: TestStore;
  let areas: AreaIndex;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    areas = await loadAreaIndex(store.db);
  });
  afterAll(() => store.close());

  const push = (records: readonly PriorityRecord[]) =>
    pushPriorities(store.db, pushRequest(records[0]!.deviceId, records), areas.assign);
  const row = (id: string) =>
    store.db.kysely
      .selectFrom('priorities')
      .select(['version', 'description', 'status', 'written_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  /** What a moderator's redaction does: a new version written by someone other than the device. */
  const moderatorEdits = (id: string, description: string) =>
    store.db.kysely
      .updateTable('priorities')
      .set((eb) => ({ description, version: eb('version', '+', 1), written_by: 'staff:moderator' }))
      .where('id', '=', id)
      .execute();

  it('an edit based on the held version is accepted and replaces the text', async () => {
    const v1 = { ...samplePriority({ description: 'first' }), baseVersion: 0 };
    await push([v1]);
    const v2 = { ...v1, version: 2, baseVersion: 1, description: 'second' };
    expect((await push([v2])).results[0]).toMatchObject({ status: 'accepted', version: 2 });
    expect(await row(v1.id)).toMatchObject({ version: 2, description: 'second' });
  });

  it('a stale edit after someone else changed the record is a conflict carrying their copy', async () => {
    const v1 = { ...samplePriority({ description: 'my words' }), baseVersion: 0 };
    await push([v1]);
    await moderatorEdits(v1.id, 'my words [redacted]');
    const stale = { ...v1, version: 2, baseVersion: 1, description: 'my new words' };
    const [result] = (await push([stale])).results;
    expect(result).toMatchObject({ status: 'conflict', version: 2 });
    expect(result!.current).toMatchObject({ id: v1.id, description: 'my words [redacted]', version: 2 });
    expect(await row(v1.id)).toMatchObject({ version: 2, description: 'my words [redacted]' });
    // Keeping mine: the device resends on top of the store's version.
    const mine = { ...stale, version: 3, baseVersion: 2 };
    expect((await push([mine])).results[0]).toMatchObject({ status: 'accepted', version: 3 });
    expect(await row(v1.id)).toMatchObject({ version: 3, description: 'my new words', written_by: null });
  });

  it('an edit of a published priority goes back to the moderation queue', async () => {
    const v1 = { ...samplePriority(), baseVersion: 0 };
    await push([v1]);
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'published' })
      .where('id', '=', v1.id)
      .execute();
    await push([{ ...v1, version: 2, baseVersion: 1, description: 'changed after publication' }]);
    expect((await row(v1.id)).status).toBe('received');
  });

  it('withdrawal by the author is stored as withdrawn, is final, and replays are duplicates', async () => {
    const v1 = { ...samplePriority({ description: 'keep this text' }), baseVersion: 0 };
    await push([v1]);
    await moderatorEdits(v1.id, 'moderated');
    const withdraw = { ...v1, version: 2, baseVersion: 1, withdrawn: true, description: 'ignored' };
    expect((await push([withdraw])).results[0]).toMatchObject({ status: 'accepted', version: 3 });
    expect(await row(v1.id)).toMatchObject({ status: 'withdrawn', version: 3, description: 'moderated' });
    expect((await push([withdraw])).results[0]).toMatchObject({ status: 'duplicate', version: 3 });
    const later = { ...v1, version: 4, baseVersion: 3, description: 'back again' };
    expect((await push([later])).results[0]).toMatchObject({ status: 'rejected', code: 'withdrawn' });
  });

  it('a record withdrawn before it was ever sent arrives withdrawn', async () => {
    const p = { ...samplePriority(), version: 2, baseVersion: 0, withdrawn: true };
    expect((await push([p])).results[0]).toMatchObject({ status: 'accepted', version: 2 });
    expect((await row(p.id)).status).toBe('withdrawn');
  });

  it('the same id twice in one batch: the later version wins, the earlier replay is a duplicate', async () => {
    const v1 = { ...samplePriority({ description: 'one' }), baseVersion: 0 };
    const v2 = { ...v1, version: 2, baseVersion: 0, description: 'two' };
    const res = await push([v2, v1, v2]);
    expect(res.results.map((r) => r.status)).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(await row(v1.id)).toMatchObject({ version: 2, description: 'two' });
  });

  it('property: any interleaving of replays, repeats and batch splits leaves one row per id at the highest version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 6 }),
        async (ids, versions, picks, batch) => {
          const base = devicePriorities(ids);
          const chain = base.map((p) =>
            Array.from({ length: versions }, (_, k) => ({
              ...p,
              version: k + 1,
              baseVersion: 0,
              description: `${p.id} v${k + 1}`,
            })),
          );
          const sends = picks.map(([i, k]) => chain[i % ids]![k % versions]!);
          for (let start = 0; start < sends.length; start += batch) {
            const res = await push(sends.slice(start, start + batch));
            expect(res.results.every((r) => r.status === 'accepted' || r.status === 'duplicate')).toBe(true);
          }
          for (const p of base) {
            const sent = sends.filter((s) => s.id === p.id);
            const rows = await store.db.kysely
              .selectFrom('priorities')
              .select(['version', 'description'])
              .where('id', '=', p.id)
              .execute();
            if (sent.length === 0) {
              expect(rows).toEqual([]);
              continue;
            }
            const top = Math.max(...sent.map((s) => s.version));
            expect(rows).toEqual([{ version: top, description: `${p.id} v${top}` }]);
          }
        },
      ),
      { numRuns: backend.name === 'sqlite' ? 60 : 25 },
    );
  });
});

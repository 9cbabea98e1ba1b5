// This run of the store (its generation): the mark each sync answer carries, and whether a
// device's mark still stands. How far this run's answers are on disk is written every few
// seconds (only after answers) and at shutdown, in a row of its own, never in the push path.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { formatStoreMark, markStillHeld, parseStoreMarks } from '../../domain/store-mark';
import type { Db } from '../db/tables';

export interface StoreGeneration {
  readonly id: string;
  /** The mark for an answer sent now (after the work it answers for has committed). */
  mark(): string;
  /** Whether everything a device heard up to its `marks` (comma-separated) is still in the store. */
  stillHeld(marks: string): Promise<boolean>;
  /** At shutdown, once no answer is in flight: writes that all of this run's answers are on disk. */
  close(): Promise<void>;
}

export const PERSIST_EVERY_MS = 5_000;

export async function startGeneration(db: Db, persistEveryMs = PERSIST_EVERY_MS): Promise<StoreGeneration> {
  const id = randomBytes(8).toString('hex');
  const began = performance.now();
  // Monotonic: a wall clock stepped back by NTP must not make a later answer look earlier.
  const elapsed = () => Math.floor(performance.now() - began);
  await db.kysely
    .insertInto('store_generations')
    .values({ id, started_at: new Date().toISOString(), seen_until: 0 })
    .execute();

  let answeredSinceWrite = false;
  let writing: Promise<void> = Promise.resolve();
  // Every answer marked before `until` was composed after its own commit and before this write
  // began, so a backup holding this row holds what those answers confirmed.
  // At shutdown no answer is in flight (the server has stopped taking requests and finished the
  // ones it had), so every answer of this run is covered, even one in this very millisecond.
  const write = (final: boolean) => {
    writing = writing.then(async () => {
      if (!answeredSinceWrite && !final) return;
      answeredSinceWrite = false;
      const until = elapsed() + (final ? 1 : 0);
      await db.kysely
        .updateTable('store_generations')
        .set({ seen_until: until })
        .where('id', '=', id)
        .execute()
        // A lost write only makes devices answered since then start over: safe, never lossy.
        .catch(() => undefined);
    });
    return writing;
  };
  const timer = setInterval(() => void write(false), persistEveryMs);
  timer.unref();

  return {
    id,
    mark() {
      answeredSinceWrite = true;
      return formatStoreMark({ generation: id, at: elapsed() });
    },
    async stillHeld(text) {
      const marks = parseStoreMarks(text);
      if (!marks) return false;
      const earlierRuns = marks.map((m) => m.generation).filter((run) => run !== id);
      const rows =
        earlierRuns.length === 0
          ? []
          : await db.kysely
              .selectFrom('store_generations')
              .select(['id', 'seen_until'])
              .where('id', 'in', earlierRuns)
              .execute();
      const seen = new Map(rows.map((r) => [r.id, { seenUntil: Number(r.seen_until) }]));
      return marks.every((m) => markStillHeld(m, id, seen.get(m.generation)));
    },
    async close() {
      clearInterval(timer);
      await write(true);
    },
  };
}

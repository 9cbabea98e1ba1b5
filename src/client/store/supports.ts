// "Me too" on the device: one support per priority (a unique index, so two tabs cannot both
// add one), saved with its place in the outbox (syncState 'waiting' plus backoff fields) in a
// single write, and marked as the store answers.
import type { SupportResult } from '../../domain/support';
import { db, type LocalSupport } from './db';
import { startResponsesOver } from './responses';

export type AddSupportResult =
  | { added: true; support: LocalSupport }
  | { added: false; support: LocalSupport };

export async function addSupport(
  support: Omit<LocalSupport, 'syncState' | 'attempts' | 'nextAttemptAt'>,
  now = Date.now(),
): Promise<AddSupportResult> {
  const d = db();
  const row: LocalSupport = { ...support, syncState: 'waiting', attempts: 0, nextAttemptAt: now };
  try {
    await d.supports.add(row);
    return { added: true, support: row };
  } catch (error) {
    // The unique priorityId index refused it: this device already backs that priority.
    const held = await d.supports.where('priorityId').equals(support.priorityId).first();
    if (held) return { added: false, support: held };
    throw error;
  }
}

export const listSupports = (): Promise<LocalSupport[]> => db().supports.toArray();

export async function dueSupports(now: number, limit: number): Promise<LocalSupport[]> {
  return db()
    .supports.where('syncState')
    .equals('waiting')
    .filter((s) => s.nextAttemptAt <= now)
    .limit(limit)
    .toArray();
}

export async function markSupportResults(results: readonly SupportResult[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.supports, d.kv, async () => {
    for (const r of results) {
      // accepted and duplicate both mean "the store counts this device once": done.
      if (r.status === 'rejected') {
        await d.supports.update(r.id, { syncState: 'rejected', rejectReason: r.reason ?? 'not accepted' });
      } else await d.supports.update(r.id, { syncState: 'sent', rejectReason: undefined });
    }
    // "You said, we did" on a priority just backed may predate the responses cursor.
    if (results.some((r) => r.status !== 'rejected')) await startResponsesOver();
  });
}

/** The store started over: send every support it had counted again (it answers duplicate if held). */
export async function resendSupports(now = Date.now()): Promise<number> {
  return db()
    .supports.where('syncState')
    .equals('sent')
    .modify({ syncState: 'waiting', attempts: 0, nextAttemptAt: now });
}

export async function deferSupports(ids: readonly string[], delayFor: (attempts: number) => number) {
  const d = db();
  const now = Date.now();
  await d.transaction('rw', d.supports, async () => {
    for (const id of ids) {
      const held = await d.supports.get(id);
      if (!held) continue;
      const attempts = held.attempts + 1;
      await d.supports.update(id, { attempts, nextAttemptAt: now + delayFor(attempts) });
    }
  });
}

export async function retrySupportsNow(now = Date.now()): Promise<void> {
  await db().supports.where('syncState').equals('waiting').modify({ nextAttemptAt: now });
}

/** Whether any support is waiting to be sent (due now or later). */
export async function hasSupportsToSend(): Promise<boolean> {
  return (await db().supports.where('syncState').equals('waiting').count()) > 0;
}

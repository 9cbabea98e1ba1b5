// Saving priorities and recording what sync learnt about them. Every save queues the record
// in the outbox in the same transaction, so nothing saved can be missed by sync.
import type { Priority } from '../../domain/priority';
import type { PushResult, ServerPriorityState } from '../../domain/sync-protocol';
import { db, type LocalPriority, type OutboxEntry } from './db';

export async function savePriority(priority: Priority, now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    await d.priorities.put({ ...priority, syncState: 'waiting' });
    await d.outbox.put({
      id: priority.id,
      version: priority.version,
      queuedAt: now,
      attempts: 0,
      nextAttemptAt: now,
    });
  });
}

export async function listPriorities(): Promise<LocalPriority[]> {
  return db().priorities.orderBy('createdAt').reverse().toArray();
}

/** Outbox entries due now, oldest first, with the records to send. */
export async function dueForPush(
  now: number,
  limit: number,
): Promise<{ entry: OutboxEntry; priority: Priority }[]> {
  const d = db();
  return d.transaction('r', d.priorities, d.outbox, async () => {
    const entries = await d.outbox.where('nextAttemptAt').belowOrEqual(now).limit(limit).toArray();
    const rows = await d.priorities.bulkGet(entries.map((e) => e.id));
    return entries.flatMap((entry, i) => {
      const row = rows[i];
      if (!row) return [];
      const { syncState: _s, rejectReason: _r, server: _v, ...priority } = row;
      return [{ entry, priority }];
    });
  });
}

export async function nextAttemptAt(): Promise<number | undefined> {
  return (await db().outbox.orderBy('nextAttemptAt').first())?.nextAttemptAt;
}

/** The server holds these versions: mark them sent, unless the person edited them meanwhile. */
export async function markPushed(results: readonly PushResult[], sent: Map<string, number>): Promise<void> {
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    for (const result of results) {
      const version = sent.get(result.id);
      const entry = await d.outbox.get(result.id);
      if (version === undefined || !entry || entry.version !== version) continue;
      await d.outbox.delete(result.id);
      await d.priorities.update(result.id, { syncState: 'sent', rejectReason: undefined });
    }
  });
}

export async function markRejected(rejected: readonly { id: string; reason: string }[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    for (const { id, reason } of rejected) {
      await d.outbox.delete(id);
      await d.priorities.update(id, { syncState: 'rejected', rejectReason: reason });
    }
  });
}

export async function deferPush(
  ids: readonly string[],
  delayFor: (attempts: number) => number,
  error: string,
) {
  const d = db();
  const now = Date.now();
  await d.transaction('rw', d.outbox, async () => {
    for (const id of ids) {
      const entry = await d.outbox.get(id);
      if (!entry) continue;
      const attempts = entry.attempts + 1;
      await d.outbox.update(id, { attempts, nextAttemptAt: now + delayFor(attempts), lastError: error });
    }
  });
}

/** Bring forward every deferred entry: the network is back, so waiting out the backoff helps no one. */
export async function retryAllNow(now = Date.now()): Promise<void> {
  await db().outbox.toCollection().modify({ nextAttemptAt: now });
}

export async function applyServerStates(states: readonly ServerPriorityState[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.priorities, async () => {
    for (const state of states) await d.priorities.update(state.id, { server: state });
  });
}

export interface OutboxStats {
  readonly waiting: number;
  readonly oldestQueuedAt: number | undefined;
}

export async function outboxStats(): Promise<OutboxStats> {
  const entries = await db().outbox.toArray();
  const oldest = entries.reduce<number | undefined>(
    (m, e) => (m === undefined || e.queuedAt < m ? e.queuedAt : m),
    undefined,
  );
  return { waiting: entries.length, oldestQueuedAt: oldest };
}

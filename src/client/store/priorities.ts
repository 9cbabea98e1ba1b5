// Saving priorities and recording what sync learnt about them. Every save queues the record
// in the outbox in the same transaction, so nothing saved can be missed by sync.
import type { Priority } from '../../domain/priority';
import type { PriorityRecord, PushResult, ServerPriorityState } from '../../domain/sync-protocol';
import { db, type LocalPriority, type OutboxEntry } from './db';
import { withReopen } from './reopen';

export async function savePriority(priority: Priority, now = Date.now()): Promise<void> {
  const d = db();
  await withReopen(() =>
    d.transaction('rw', d.priorities, d.outbox, async () => {
      await d.priorities.put({ ...priority, syncState: 'waiting' });
      await queue(priority.id, priority.version, now);
    }),
  );
}

function queue(id: string, version: number, now: number) {
  return db().outbox.put({ id, version, queuedAt: now, attempts: 0, nextAttemptAt: now });
}

export async function listPriorities(): Promise<LocalPriority[]> {
  return db().priorities.orderBy('createdAt').reverse().toArray();
}

/** What goes on the wire for a held priority: the record, its base version and any withdrawal. */
export function toPushRecord(row: LocalPriority): PriorityRecord {
  const {
    syncState: _s,
    rejectReason: _r,
    server: _v,
    syncedVersion,
    withdrawn,
    conflict: _c,
    ...priority
  } = row;
  return { ...priority, baseVersion: syncedVersion ?? 0, ...(withdrawn ? { withdrawn: true } : {}) };
}

/** Outbox entries due now, oldest first, with the records to send. */
export async function dueForPush(
  now: number,
  limit: number,
): Promise<{ entry: OutboxEntry; record: PriorityRecord }[]> {
  const d = db();
  return d.transaction('r', d.priorities, d.outbox, async () => {
    // Meeting bundles share the outbox (and its backoff) but are sent by sync/meeting-push.ts.
    const entries = await d.outbox
      .where('nextAttemptAt')
      .belowOrEqual(now)
      .filter((e) => e.kind === undefined)
      .limit(limit)
      .toArray();
    const rows = await d.priorities.bulkGet(entries.map((e) => e.id));
    return entries.flatMap((entry, i) => {
      const row = rows[i];
      return row ? [{ entry, record: toPushRecord(row) }] : [];
    });
  });
}

export async function nextAttemptAt(): Promise<number | undefined> {
  return (await db().outbox.orderBy('nextAttemptAt').first())?.nextAttemptAt;
}

/**
 * Record the store's answer for each record sent. An entry edited again since it was sent
 * stays queued (its newer version still has to go), but learns the confirmed base version.
 */
export async function applyPushResults(
  results: readonly PushResult[],
  sent: Map<string, number>,
): Promise<void> {
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    for (const result of results) {
      const version = sent.get(result.id);
      const row = await d.priorities.get(result.id);
      if (version === undefined || !row) continue;
      const entry = await d.outbox.get(result.id);
      const current = entry?.version === version;
      if (result.status === 'accepted' || result.status === 'duplicate') {
        const confirmed = Math.max(version, result.version ?? version);
        if (!current) {
          await d.priorities.update(result.id, { syncedVersion: version });
          continue;
        }
        await d.outbox.delete(result.id);
        await d.priorities.update(result.id, {
          syncState: 'sent',
          rejectReason: undefined,
          conflict: undefined,
          syncedVersion: confirmed,
          version: Math.max(row.version, confirmed),
        });
      } else if (current && result.status === 'rejected') {
        await d.outbox.delete(result.id);
        await d.priorities.update(result.id, {
          syncState: 'rejected',
          rejectReason: result.reason ?? 'not accepted',
        });
      } else if (current && result.status === 'conflict' && result.current) {
        await d.outbox.delete(result.id);
        await d.priorities.update(result.id, {
          syncState: 'conflict',
          conflict: {
            current: result.current,
            version: result.version ?? result.current.version,
            reason: result.reason ?? '',
          },
        });
      }
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

/**
 * The store started over (restored from a backup, or replaced): queue everything it had
 * confirmed again. Records it still holds come back as duplicates; lost ones are stored anew.
 */
export async function resendConfirmed(now = Date.now()): Promise<number> {
  const d = db();
  return d.transaction('rw', d.priorities, d.outbox, async () => {
    const sent = await d.priorities.where('syncState').equals('sent').toArray();
    for (const row of sent) {
      await d.priorities.update(row.id, {
        syncState: 'waiting',
        syncedVersion: undefined,
        server: undefined,
      });
      await queue(row.id, row.version, now);
    }
    return sent.length;
  });
}

export interface OutboxStats {
  /** Everything waiting to be sent: priorities, meeting bundles and "me too" supports. */
  readonly waiting: number;
  /** How many of those are "me too" supports. */
  readonly supports: number;
  readonly oldestQueuedAt: number | undefined;
}

export async function outboxStats(): Promise<OutboxStats> {
  const d = db();
  const entries = await d.outbox.toArray();
  const supports = await d.supports.where('syncState').equals('waiting').toArray();
  const queuedTimes = [...entries.map((e) => e.queuedAt), ...supports.map((s) => Date.parse(s.createdAt))];
  const oldest = queuedTimes.reduce<number | undefined>(
    (m, t) => (m === undefined || t < m ? t : m),
    undefined,
  );
  return { waiting: entries.length + supports.length, supports: supports.length, oldestQueuedAt: oldest };
}

// Export of unsynced priorities to a file and import back: a person can carry their work off
// a failing phone, or keep a copy before clearing a browser. Import is idempotent: a record
// already held at the same or a newer version is left alone.
import type { Priority } from '../../domain/priority';
import { db } from './db';

/** Everything the store does not hold yet: waiting to send, or refused and kept for the person. */
export async function unsyncedPriorities(): Promise<Priority[]> {
  const rows = await db()
    .priorities.where('syncState')
    .anyOf('waiting', 'rejected', 'conflict')
    .sortBy('createdAt');
  return rows.map(
    ({ syncState: _s, rejectReason: _r, server: _v, syncedVersion: _b, withdrawn: _w, conflict: _c, ...p }) =>
      p,
  );
}

export interface ImportOutcome {
  readonly added: number;
  readonly alreadyHeld: number;
}

/**
 * Queues the file's priorities for sending. Ids and device ids are kept: the store knows each
 * record's device as its owner, so one it already holds comes back "duplicate" and is never
 * doubled, whichever device sends it.
 */
export async function importPriorities(
  priorities: readonly Priority[],
  now = Date.now(),
): Promise<ImportOutcome> {
  const d = db();
  return d.transaction('rw', d.priorities, d.outbox, async () => {
    let added = 0;
    for (const p of priorities) {
      const held = await d.priorities.get(p.id);
      if (held && held.version >= p.version) continue;
      await d.priorities.put({ ...p, syncState: 'waiting' });
      await d.outbox.put({ id: p.id, version: p.version, queuedAt: now, attempts: 0, nextAttemptAt: now });
      added++;
    }
    return { added, alreadyHeld: priorities.length - added };
  });
}

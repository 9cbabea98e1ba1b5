// Export of unsynced work to a file and import back: a person can carry their priorities, "me too"
// supports and finished meetings off a failing phone, or keep a copy before clearing a browser.
// Import is idempotent: a priority already held at the same or a newer version, a support this
// device already holds (or already gave for that priority), or a meeting it holds, is left alone.
import type { ExportedSupport } from '../../domain/export-file';
import type { MeetingBundle } from '../../domain/meeting';
import type { Priority } from '../../domain/priority';
import { db } from './db';
import { deviceId } from './kv';
import { importMeetings } from './meeting-transfer';

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

/** Supports waiting to be sent, each under the device id it will be sent with. */
export async function unsyncedSupports(): Promise<ExportedSupport[]> {
  const rows = await db().supports.where('syncState').equals('waiting').toArray();
  const own = await deviceId();
  return rows
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((s) => ({
      id: s.id,
      priorityId: s.priorityId,
      deviceId: s.deviceId ?? own,
      createdAt: s.createdAt,
      cspCode: s.cspCode,
    }));
}

export interface ImportOutcome {
  readonly added: number;
  readonly alreadyHeld: number;
  readonly supportsAdded: number;
  readonly supportsAlreadyHeld: number;
  readonly meetingsAdded: number;
  readonly meetingsAlreadyHeld: number;
}

/**
 * Queues the file's priorities and supports for sending, in one transaction. Ids and device ids
 * are kept: the store knows each record's device as its owner, so one it already holds comes back
 * "duplicate" and is never doubled, whichever device sends it.
 */
export async function importUnsynced(
  file: {
    readonly priorities: readonly Priority[];
    readonly supports: readonly ExportedSupport[];
    readonly meetings?: readonly MeetingBundle[];
  },
  now = Date.now(),
): Promise<ImportOutcome> {
  const d = db();
  const tables = [d.priorities, d.outbox, d.supports, d.meetings, d.meetingItems];
  return d.transaction('rw', tables, async () => {
    let added = 0;
    for (const p of file.priorities) {
      const held = await d.priorities.get(p.id);
      if (held && held.version >= p.version) continue;
      await d.priorities.put({ ...p, syncState: 'waiting' });
      await d.outbox.put({ id: p.id, version: p.version, queuedAt: now, attempts: 0, nextAttemptAt: now });
      added++;
    }
    let supportsAdded = 0;
    for (const s of file.supports) {
      // One support per priority on a device (the unique index): a second for the same priority is held already.
      const held =
        (await d.supports.get(s.id)) ?? (await d.supports.where('priorityId').equals(s.priorityId).first());
      if (held) continue;
      await d.supports.add({ ...s, syncState: 'waiting', attempts: 0, nextAttemptAt: now });
      supportsAdded++;
    }
    const meetings = file.meetings ?? [];
    const meetingsAdded = await importMeetings(meetings, now);
    return {
      added,
      alreadyHeld: file.priorities.length - added,
      supportsAdded,
      supportsAlreadyHeld: file.supports.length - supportsAdded,
      meetingsAdded,
      meetingsAlreadyHeld: meetings.length - meetingsAdded,
    };
  });
}

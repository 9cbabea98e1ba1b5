// The author's changes to a priority already saved: edit the text, withdraw it, and settle a
// conflict with the store's copy. Each change is a new version, queued like a new record.
import type { Priority } from '../../domain/priority';
import { db, type LocalPriority } from './db';

async function change(id: string, make: (row: LocalPriority) => Partial<LocalPriority> | undefined) {
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    const row = await d.priorities.get(id);
    if (!row) return;
    const patch = make(row);
    if (!patch) return;
    const version = patch.version ?? row.version + 1;
    const now = Date.now();
    await d.priorities.update(id, {
      ...patch,
      version,
      updatedAt: new Date(now).toISOString(),
      syncState: 'waiting',
      rejectReason: undefined,
      conflict: undefined,
    });
    await d.outbox.put({ id, version, queuedAt: now, attempts: 0, nextAttemptAt: now });
  });
}

export type EditableFields = Pick<Priority, 'description'>;

export function editPriority(id: string, fields: EditableFields): Promise<void> {
  return change(id, (row) => (row.withdrawn ? undefined : { ...fields }));
}

export function withdrawPriority(id: string): Promise<void> {
  return change(id, (row) => (row.withdrawn ? undefined : { withdrawn: true }));
}

/** Keep mine: resend my version on top of the store's. Use theirs: take the store's copy. */
export async function resolveConflict(id: string, keep: 'mine' | 'theirs'): Promise<void> {
  if (keep === 'mine') {
    await change(id, (row) =>
      row.conflict
        ? {
            syncedVersion: row.conflict.version,
            version: Math.max(row.version, row.conflict.version) + 1,
          }
        : undefined,
    );
    return;
  }
  const d = db();
  await d.transaction('rw', d.priorities, d.outbox, async () => {
    const row = await d.priorities.get(id);
    if (!row?.conflict) return;
    const { current, version } = row.conflict;
    await d.outbox.delete(id);
    await d.priorities.put({
      ...current,
      version,
      syncedVersion: version,
      syncState: 'sent',
      withdrawn: row.withdrawn,
      server: row.server,
    });
  });
}

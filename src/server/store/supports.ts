// Stores "me too" supports. The unique (priority_id, device_id) key makes counting exact: a
// replayed push, a second tab or a new support id for the same priority is a duplicate. A
// support for a priority moderation has merged into another follows the merge: it counts for
// the surviving priority (once) and remembers which priority the device backed (backed_id).

import type { SupportPushRequest, SupportPushResponse, SupportResult } from '../../domain/support';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';
import { isPublicPriority } from './public-priorities';

/** Where a support for this priority counts: itself, or the priority it was merged into. */
async function countsFor(db: Db, priorityId: string) {
  const row = await db.kysely
    .selectFrom('priorities')
    .select(['id', 'device_id', 'status', 'merged_into'])
    .where('id', '=', priorityId)
    .executeTakeFirst();
  if (row?.status !== 'merged' || !row.merged_into) return row;
  // Merges re-point earlier duplicates to the newest survivor, so one step is enough.
  return db.kysely
    .selectFrom('priorities')
    .select(['id', 'device_id', 'status', 'merged_into'])
    .where('id', '=', row.merged_into)
    .executeTakeFirst();
}

export async function pushSupports(
  db: Db,
  req: SupportPushRequest,
  now: () => string = () => new Date().toISOString(),
): Promise<SupportPushResponse> {
  const results: SupportResult[] = [];
  for (const support of req.supports) {
    const base = { id: support.id, priorityId: support.priorityId };
    // A replay of a support already held is counted, wherever a merge has moved it since.
    const held = await db.kysely
      .selectFrom('supports')
      .select('id')
      .where('id', '=', support.id)
      .where('device_id', '=', support.deviceId)
      .executeTakeFirst();
    if (held) {
      results.push({ ...base, status: 'duplicate' });
      continue;
    }
    const target = await countsFor(db, support.priorityId);
    const followed = target !== undefined && target.id !== support.priorityId;
    if (!target || !(await isPublicPriority(db, target.id))) {
      results.push({ ...base, status: 'rejected', reason: 'that priority is not published' });
      continue;
    }
    if (target.device_id === support.deviceId) {
      // Merged into this device's own priority: the device already counts there, as its author.
      if (followed) results.push({ ...base, status: 'duplicate' });
      else results.push({ ...base, status: 'rejected', reason: 'that priority was raised on this device' });
      continue;
    }
    const stored = await db.kysely
      .insertInto('supports')
      .values({
        id: support.id,
        priority_id: target.id,
        device_id: support.deviceId,
        created_at: support.createdAt,
        received_at: now(),
        backed_id: followed ? support.priorityId : null,
      })
      // Either key (same support again, or this device again) means "already counted".
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    results.push({ ...base, status: stored ? 'accepted' : 'duplicate' });
  }
  return { protocol: PROTOCOL_VERSION, results };
}

export async function supportCount(db: Db, priorityId: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('supports')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('priority_id', '=', priorityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

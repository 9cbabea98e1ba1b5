// Stores "me too" supports. The unique (priority_id, device_id) key makes counting exact: a
// replayed push, a second tab or a new support id for the same priority is a duplicate.

import type { SupportPushRequest, SupportPushResponse, SupportResult } from '../../domain/support';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';
import { isPublicPriority } from './public-priorities';

export async function pushSupports(
  db: Db,
  req: SupportPushRequest,
  now: () => string = () => new Date().toISOString(),
): Promise<SupportPushResponse> {
  const results: SupportResult[] = [];
  for (const support of req.supports) {
    const base = { id: support.id, priorityId: support.priorityId };
    const priority = await db.kysely
      .selectFrom('priorities')
      .select('device_id')
      .where('id', '=', support.priorityId)
      .executeTakeFirst();
    if (!priority || !(await isPublicPriority(db, support.priorityId))) {
      results.push({ ...base, status: 'rejected', reason: 'that priority is not published' });
      continue;
    }
    if (priority.device_id === support.deviceId) {
      results.push({ ...base, status: 'rejected', reason: 'that priority was raised on this device' });
      continue;
    }
    const stored = await db.kysely
      .insertInto('supports')
      .values({
        id: support.id,
        priority_id: support.priorityId,
        device_id: support.deviceId,
        created_at: support.createdAt,
        received_at: now(),
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

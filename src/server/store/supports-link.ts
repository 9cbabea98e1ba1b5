// Support carried between priorities when duplicates are merged. "Me too" supports live in
// the supports table (migration 004, built alongside this); until that table exists, the
// duplicates merged into a priority are its support.

import type { Kysely, Transaction } from 'kysely';
import { v7 } from 'uuid';
import type { Db, Tables } from '../db/tables';

interface SupportsTable {
  id: string;
  priority_id: string;
  device_id: string;
  created_at: string;
  received_at: string;
  backed_id: string | null;
}
type WithSupports = Tables & { supports: SupportsTable };

const known = new WeakMap<object, Promise<boolean>>();

/** Whether this store has the supports table (checked once per open store). */
export function hasSupports(db: Db): Promise<boolean> {
  let answer = known.get(db);
  if (!answer) {
    answer = db.kysely.introspection.getTables().then((tables) => tables.some((t) => t.name === 'supports'));
    known.set(db, answer);
  }
  return answer;
}

/**
 * Moves the source's supports to the target and counts the source's author as a supporter of
 * the target; a device that supported both counts once (the unique key keeps it so).
 */
export async function carrySupports(
  tx: Transaction<Tables> | Kysely<Tables>,
  source: { id: string; device_id: string; created_at: string },
  target: { id: string; device_id: string },
  now: string,
): Promise<number> {
  const t = tx.withTables<{ supports: SupportsTable }>() as unknown as Kysely<WithSupports>;
  const targetDevices = t.selectFrom('supports').select('device_id').where('priority_id', '=', target.id);
  const moved = await t
    .updateTable('supports')
    // Remember what each device backed, so it can be told where its backing went.
    .set((eb) => ({ priority_id: target.id, backed_id: eb.fn.coalesce('backed_id', eb.val(source.id)) }))
    .where('priority_id', '=', source.id)
    .where('device_id', 'not in', targetDevices)
    .where('device_id', '!=', target.device_id)
    .executeTakeFirst();
  let added = 0;
  if (source.device_id !== target.device_id) {
    const inserted = await t
      .insertInto('supports')
      .values({
        id: v7(),
        priority_id: target.id,
        device_id: source.device_id,
        created_at: source.created_at,
        received_at: now,
        backed_id: source.id,
      })
      .onConflict((oc) => oc.columns(['priority_id', 'device_id']).doNothing())
      .executeTakeFirst();
    added = Number(inserted.numInsertedOrUpdatedRows ?? 0);
  }
  return Number(moved.numUpdatedRows) + added;
}

/**
 * Residents behind each priority: those it was recorded for (a patrol record's resident_count,
 * else 1), the same for each duplicate merged into it, and its "me too" supports, except the
 * support a merge added for a duplicate's author (that resident is already counted with the
 * duplicate, and a patrol duplicate can stand for several).
 */
export async function supportCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map(ids.map((id) => [id, 1]));
  if (ids.length === 0) return out;
  const [own, duplicates] = await Promise.all([
    db.kysely.selectFrom('priorities').select(['id', 'resident_count']).where('id', 'in', ids).execute(),
    db.kysely
      .selectFrom('priorities')
      .select(['id', 'merged_into', 'device_id', 'resident_count'])
      .where('merged_into', 'in', ids)
      .where('status', '=', 'merged')
      .execute(),
  ]);
  for (const row of own) out.set(row.id, row.resident_count ?? 1);
  const authorOf = new Map<string, string>();
  for (const d of duplicates) {
    if (!d.merged_into) continue;
    authorOf.set(d.id, d.device_id);
    out.set(d.merged_into, (out.get(d.merged_into) ?? 1) + (d.resident_count ?? 1));
  }
  if (!(await hasSupports(db))) return out;
  const supports = await (
    db.kysely.withTables<{ supports: SupportsTable }>() as unknown as Kysely<WithSupports>
  )
    .selectFrom('supports')
    .select(['priority_id', 'device_id', 'backed_id'])
    .where('priority_id', 'in', ids)
    .execute();
  for (const s of supports) {
    const forDuplicateAuthor = s.backed_id !== null && authorOf.get(s.backed_id) === s.device_id;
    if (!forDuplicateAuthor) out.set(s.priority_id, (out.get(s.priority_id) ?? 1) + 1);
  }
  return out;
}

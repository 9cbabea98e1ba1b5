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

/** Residents behind each priority: itself plus supports (or merged duplicates before supports exist). */
export async function supportCounts(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map(ids.map((id) => [id, 1]));
  if (ids.length === 0) return out;
  const rows = (await hasSupports(db))
    ? await (db.kysely.withTables<{ supports: SupportsTable }>() as unknown as Kysely<WithSupports>)
        .selectFrom('supports')
        .select(['priority_id as id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('priority_id', 'in', ids)
        .groupBy('priority_id')
        .execute()
    : await db.kysely
        .selectFrom('priorities')
        .select(['merged_into as id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('merged_into', 'in', ids)
        .where('status', '=', 'merged')
        .groupBy('merged_into')
        .execute();
  for (const row of rows) if (row.id) out.set(row.id, 1 + Number(row.n));
  return out;
}

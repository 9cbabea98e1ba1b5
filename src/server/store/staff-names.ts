// Every name progress words must not carry: each staff account's display name, and each name a
// response was recorded under (an account renamed or removed since still named someone).
import type { Db } from '../db/tables';

export async function staffNames(db: Db): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('users')
    .select('display_name as name')
    .union(db.kysely.selectFrom('priority_responses').select('responded_by as name'))
    .execute();
  return rows.map((r) => r.name);
}

// Until "me too" supports have their own table, the duplicates merged into a priority are its
// support: index the few merged rows so the summary never scans the whole table for them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('priorities_merged_into')
    .on('priorities')
    .column('merged_into')
    .where(sql.ref('merged_into'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('priorities_merged_into').execute();
}

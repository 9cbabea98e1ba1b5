// The consultation summary reads one or more CSPs' priorities over a date range: index the CSP
// a priority is counted in (where the server placed it, else where the device said) and the date.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('priorities_counted_csp_created')
    .on('priorities')
    .expression(sql`coalesce(assigned_csp_code, csp_code), created_at`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('priorities_counted_csp_created').execute();
}

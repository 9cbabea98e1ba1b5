// The consultation summary reads one CSP's priorities over two years and groups them several
// ways. This index holds everything that read needs, in CSP-then-date order, so the read never
// visits the table rows (which are wide and scattered): the CSP-year summary in a store of
// 1,000,000 priorities reads just that CSP's rows from the index. It replaces 007's narrower index
// on the same leading expression. PostgreSQL keeps the extra columns as INCLUDE payload (with the
// expression's own columns, so index-only scans are possible); SQLite has no INCLUDE, so they are
// trailing key columns there.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const PAYLOAD = [
  'status',
  'theme_key',
  'ward_code',
  'channel',
  'respondent_type',
  'times_of_day',
  'days',
  'resident_count',
  'equality',
  'id',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const payload = sql.join(PAYLOAD.map((c) => sql.ref(c)));
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create index priorities_summary_read on priorities (coalesce(assigned_csp_code, csp_code), created_at) include (assigned_csp_code, csp_code, ${payload})`.execute(
      db,
    );
  } else {
    await sql`create index priorities_summary_read on priorities (coalesce(assigned_csp_code, csp_code), created_at, ${payload})`.execute(
      db,
    );
  }
  await db.schema.dropIndex('priorities_counted_csp_created').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('priorities_counted_csp_created')
    .on('priorities')
    .expression(sql`coalesce(assigned_csp_code, csp_code), created_at`)
    .execute();
  await db.schema.dropIndex('priorities_summary_read').execute();
}

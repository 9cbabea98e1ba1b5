// Area units, CSP membership and priorities. Written with the schema builder so SQLite and
// PostgreSQL share it; the one PostgreSQL-only object (the change sequence) is guarded.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('area_units')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('ward', 'district', 'csp')`))
    .addColumn('parent_code', 'text')
    .addColumn('vintage', 'text', (c) => c.notNull())
    .addColumn('geometry', 'text')
    .addColumn('min_lon', 'double precision', (c) => c.notNull())
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lon', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('area_units_level')
    .on('area_units')
    .columns(['level', 'parent_code'])
    .execute();

  await db.schema
    .createTable('csp_districts')
    .addColumn('csp_code', 'text', (c) => c.notNull().references('area_units.code'))
    .addColumn('district_code', 'text', (c) => c.notNull().references('area_units.code'))
    .addPrimaryKeyConstraint('csp_districts_pk', ['csp_code', 'district_code'])
    .execute();

  await db.schema
    .createTable('priorities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addColumn('theme_key', 'text', (c) => c.notNull())
    .addColumn('place_kind', 'text', (c) => c.notNull())
    .addColumn('lon', 'double precision')
    .addColumn('lat', 'double precision')
    .addColumn('accuracy_m', 'double precision')
    .addColumn('geometry', 'text')
    .addColumn('area_code', 'text')
    .addColumn('landmark', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('times_of_day', 'text', (c) => c.notNull())
    .addColumn('days', 'text', (c) => c.notNull())
    .addColumn('respondent_type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('ward_code', 'text')
    .addColumn('district_code', 'text')
    .addColumn('assigned_csp_code', 'text')
    .addColumn('outside_area', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('server_updated_at', 'text', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('change_tx', 'bigint', (c) => c.notNull())
    .execute();
  // Pull reads one device's changes in (change_tx, change_seq) order.
  await db.schema
    .createIndex('priorities_device_changes')
    .on('priorities')
    .columns(['device_id', 'change_tx', 'change_seq'])
    .execute();
  await db.schema.createIndex('priorities_created_at').on('priorities').column('created_at').execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create sequence priority_change_seq`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop sequence if exists priority_change_seq`.execute(db);
  }
  await db.schema.dropTable('priorities').execute();
  await db.schema.dropTable('csp_districts').execute();
  await db.schema.dropTable('area_units').execute();
}

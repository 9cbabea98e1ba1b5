// Boundaries by vintage: police neighbourhoods and CSP groups as area levels, every imported
// boundary set kept with the date it came into force, wards of split districts mapped to their
// CSP, and each priority's assignment kept per level and vintage. Existing rows are kept: the
// seeded wards become the first ward vintage and existing priorities keep their assignment.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const LEVELS = sql`level in ('ward', 'district', 'neighbourhood', 'csp', 'csp-group')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    await sql`alter table area_units drop constraint if exists area_units_level_check`.execute(db);
    await sql`alter table area_units add constraint area_units_level_check check (${LEVELS})`.execute(db);
    // A CSP set up from the lookup before its boundaries arrive has no extent yet.
    for (const c of ['min_lon', 'min_lat', 'max_lon', 'max_lat']) {
      await sql`alter table area_units alter column ${sql.ref(c)} drop not null`.execute(db);
    }
  } else {
    await rebuildSqliteAreaUnits(db);
  }

  await db.schema
    .createTable('boundary_sets')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('vintage', 'text', (c) => c.notNull())
    /** YYYY-MM-DD: the first day these boundaries are the ones in force. */
    .addColumn('in_force_from', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('boundary_sets_pk', ['level', 'vintage'])
    .execute();

  await db.schema
    .createTable('area_boundaries')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('vintage', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('min_lon', 'double precision', (c) => c.notNull())
    .addColumn('min_lat', 'double precision', (c) => c.notNull())
    .addColumn('max_lon', 'double precision', (c) => c.notNull())
    .addColumn('max_lat', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('area_boundaries_pk', ['level', 'vintage', 'code'])
    .execute();

  await db.schema
    .createTable('csp_wards')
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addColumn('ward_code', 'text', (c) => c.notNull())
    /** How the mapping is known: 'file' (a ward list) or 'overlap' (CSP boundaries). */
    .addColumn('source', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('csp_wards_pk', ['ward_code', 'csp_code'])
    .execute();

  await db.schema
    .createTable('csp_group_members')
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('csp_group_members_pk', ['group_code', 'csp_code'])
    .execute();

  await db.schema
    .createTable('priority_areas')
    .addColumn('priority_id', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('vintage', 'text', (c) => c.notNull())
    /** null: in no area of this level and vintage (flagged, still counted elsewhere). */
    .addColumn('area_code', 'text')
    /** JSON array of the other areas a drawn area touches. */
    .addColumn('touches', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('priority_areas_pk', ['priority_id', 'level', 'vintage'])
    .execute();
  await db.schema
    .createIndex('priority_areas_by_area')
    .on('priority_areas')
    .columns(['level', 'vintage', 'area_code'])
    .execute();

  await carryOverSeededWards(db);
}

/** SQLite cannot change a CHECK constraint in place: the documented 12-step table rebuild. */
async function rebuildSqliteAreaUnits(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction, so the pragma takes effect.
  await sql`pragma foreign_keys = off`.execute(db);
  await sql`create table area_units_002 (
    code text primary key, name text not null,
    level text not null check (${LEVELS}),
    parent_code text, vintage text not null, geometry text,
    min_lon double precision, min_lat double precision,
    max_lon double precision, max_lat double precision)`.execute(db);
  await sql`insert into area_units_002 select code, name, level, parent_code, vintage, geometry,
    min_lon, min_lat, max_lon, max_lat from area_units`.execute(db);
  await sql`drop table area_units`.execute(db);
  await sql`alter table area_units_002 rename to area_units`.execute(db);
  await sql`create index area_units_level on area_units (level, parent_code)`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
}

/** Wards already held become a boundary set; priorities keep the assignment they were given. */
async function carryOverSeededWards(db: Kysely<unknown>): Promise<void> {
  const vintages = await sql<{ vintage: string }>`
    select distinct vintage from area_units where level = 'ward' and geometry is not null`.execute(db);
  const now = new Date().toISOString();
  for (const { vintage } of vintages.rows) {
    await sql`insert into boundary_sets (level, vintage, in_force_from, source, imported_at)
      values ('ward', ${vintage}, ${`${vintage.slice(0, 4)}-01-01`}, 'seed', ${now})`.execute(db);
    await sql`insert into area_boundaries
      select 'ward', vintage, code, name, parent_code, geometry, min_lon, min_lat, max_lon, max_lat
      from area_units where level = 'ward' and geometry is not null and vintage = ${vintage}`.execute(db);
  }
  const latest = vintages.rows
    .map((r) => r.vintage)
    .sort()
    .at(-1);
  if (!latest) return;
  for (const [level, column] of [
    ['ward', 'ward_code'],
    ['district', 'district_code'],
    ['csp', 'assigned_csp_code'],
  ] as const) {
    await sql`insert into priority_areas (priority_id, level, vintage, area_code, touches)
      select id, ${level}, ${latest}, ${sql.ref(column)}, '[]' from priorities`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['priority_areas', 'csp_group_members', 'csp_wards', 'area_boundaries', 'boundary_sets']) {
    await db.schema.dropTable(t).execute();
  }
}

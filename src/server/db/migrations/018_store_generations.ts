// Store generations: one row per run of the consultation store (each start), with how far that
// run's answers are known to be on disk (`seen_until`, milliseconds since the run began). A
// backup carries the rows it knew, so a store restored from it can tell a device whose last
// answer came after the backup, or from a run it never knew, to start over (src/domain/store-mark.ts).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('store_generations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('seen_until', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('store_generations').execute();
}

// Sync protocol 2: who wrote the held version of a priority (so only another writer's change
// makes a device's stale edit a conflict), and an index for SQLite's next change stamp.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Null means the owning device wrote it (every row written before this migration).
  await db.schema.alterTable('priorities').addColumn('written_by', 'text').execute();
  // SQLite takes max(change_seq)+1 for each write; without this it scans the table.
  await db.schema.createIndex('priorities_change_seq').on('priorities').column('change_seq').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('priorities_change_seq').execute();
  await db.schema.alterTable('priorities').dropColumn('written_by').execute();
}

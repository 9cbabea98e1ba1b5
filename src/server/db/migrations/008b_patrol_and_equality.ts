// Capture-side columns: who recorded a patrol record (a staff user id) and how many residents
// raised it in one street conversation, and the optional equality-monitoring answers (JSON,
// given with consent; never part of any public view).
import type { Kysely } from 'kysely';

const COLUMNS = [
  ['recorded_by', 'text'],
  ['resident_count', 'integer'],
  ['equality', 'text'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type] of COLUMNS) {
    await db.schema.alterTable('priorities').addColumn(name, type).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name] of COLUMNS) await db.schema.alterTable('priorities').dropColumn(name).execute();
}

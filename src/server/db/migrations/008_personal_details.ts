// Personal details the store found in a priority's free text (JSON list of kinds, or null):
// the record is kept, flagged for moderation, and never published while flagged.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('priorities').addColumn('personal_details', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('priorities').dropColumn('personal_details').execute();
}

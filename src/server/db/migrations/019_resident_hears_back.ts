// What a resident is told about their priority (issue 14): why an officer did not publish it
// (a category from src/domain/moderation.ts, and an optional note for the author, both sent to
// the author's device; hidden_reason stays internal), whether an edit sent a published
// priority back to review, and the month each CSP writes its strategic assessment.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('priorities').addColumn('hidden_category', 'text').execute();
  await db.schema.alterTable('priorities').addColumn('resident_note', 'text').execute();
  await db.schema
    .alterTable('priorities')
    .addColumn('edited_after_publish', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('csp_settings')
    .addColumn('csp_code', 'text', (c) => c.primaryKey())
    .addColumn('assessment_month', 'integer')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('csp_settings').execute();
  for (const column of ['edited_after_publish', 'resident_note', 'hidden_category']) {
    await db.schema.alterTable('priorities').dropColumn(column).execute();
  }
}

// A tie for the last agreed place at a meeting and how the chair resolved it, as JSON text
// ({ place, votes, candidates, chosen }: src/domain/meeting.ts MeetingTieSchema). Null for a
// meeting with no tie, and for every meeting stored before ties were recorded.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meetings').addColumn('agreed_tie', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meetings').dropColumn('agreed_tie').execute();
}

// PACT/NAG meetings (stored whole, from one bundle), the priorities raised in them with their
// vote totals, the agreed priorities, and "you said, we did" responses on any priority.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pact', 'nag')`))
    .addColumn('ward_code', 'text', (c) => c.notNull())
    .addColumn('neighbourhood', 'text')
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('partners', 'text', (c) => c.notNull())
    .addColumn('attendance', 'integer', (c) => c.notNull())
    .addColumn('voters', 'integer', (c) => c.notNull())
    .addColumn('votes_per_attendee', 'integer', (c) => c.notNull())
    .addColumn('agreed_count', 'integer', (c) => c.notNull())
    .addColumn('previous_meeting_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meetings_csp_ward_date')
    .on('meetings')
    .columns(['csp_code', 'ward_code', 'meeting_date'])
    .execute();

  await db.schema
    .createTable('meeting_items')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('attendee', 'chair', 'police-uk')`))
    .addColumn('votes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_items_pk', ['meeting_id', 'priority_id'])
    .execute();

  await db.schema
    .createTable('meeting_agreed')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('lead_agency', 'text', (c) => c.notNull())
    .addColumn('intended_action', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_agreed_pk', ['meeting_id', 'rank'])
    .addUniqueConstraint('meeting_agreed_priority', ['meeting_id', 'priority_id'])
    .execute();

  await db.schema
    .createTable('priority_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'in-progress', 'done', 'not-possible')`),
    )
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('responded_by', 'text', (c) => c.notNull())
    .addColumn('responded_by_id', 'text')
    .addColumn('responded_at', 'text', (c) => c.notNull())
    .addColumn('change_seq', 'bigint', (c) => c.notNull())
    .addColumn('change_tx', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('priority_responses_priority')
    .on('priority_responses')
    .columns(['priority_id', 'responded_at'])
    .execute();
  await db.schema
    .createIndex('priority_responses_changes')
    .on('priority_responses')
    .columns(['change_tx', 'change_seq'])
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create sequence response_change_seq`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop sequence if exists response_change_seq`.execute(db);
  }
  await db.schema.dropTable('priority_responses').execute();
  await db.schema.dropTable('meeting_agreed').execute();
  await db.schema.dropTable('meeting_items').execute();
  await db.schema.dropTable('meetings').execute();
}

// Meeting send grants: while online and signed in, the PCSO running a meeting authorises its
// bundle to be sent later by this device, even if their staff session has idled out by then.
// One grant names one meeting, one device and one CSP; it is single-use and expires. Only the
// token's hash is kept, as for sessions.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meeting_send_grants')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('meeting_send_grants_meeting')
    .on('meeting_send_grants')
    .columns(['meeting_id', 'device_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('meeting_send_grants').execute();
}

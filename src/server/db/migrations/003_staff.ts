// Staff accounts scoped to CSPs, expiring sessions, the audit log, and the moderation columns
// on priorities. Schema builder only, so SQLite and PostgreSQL share it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('pcso', 'officer', 'analyst', 'admin')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('user_csps')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csp_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_csps_pk', ['user_id', 'csp_code'])
    .execute();

  // Only a hash of the token is stored: a copy of the database does not sign anyone in.
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('csp_code', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').column('target_id').execute();

  await db.schema
    .alterTable('priorities')
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('priorities').addColumn('hidden_reason', 'text').execute();
  await db.schema.alterTable('priorities').addColumn('merged_into', 'text').execute();
  await db.schema.alterTable('priorities').addColumn('moderated_at', 'text').execute();
  await db.schema.alterTable('priorities').addColumn('moderated_by', 'text').execute();
  // The moderation queue and the public feed read one CSP's priorities by status.
  await db.schema
    .createIndex('priorities_csp_status')
    .on('priorities')
    .columns(['assigned_csp_code', 'status', 'received_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('priorities_csp_status').execute();
  for (const column of ['moderated_by', 'moderated_at', 'merged_into', 'hidden_reason', 'sensitive']) {
    await db.schema.alterTable('priorities').dropColumn(column).execute();
  }
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('user_csps').execute();
  await db.schema.dropTable('users').execute();
}

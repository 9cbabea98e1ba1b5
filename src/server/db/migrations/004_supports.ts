// "Me too" supports: one per device per priority, enforced by a unique key so a replayed or
// concurrent push can never count a device twice.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('supports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('priority_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('supports_priority_device', ['priority_id', 'device_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('supports').execute();
}

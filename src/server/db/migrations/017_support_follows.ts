// "Me too" follows a merge: a support moved to the priority its own was merged into keeps the id
// of the priority the device backed (backed_id), so the device can be told where its backing
// went and shown the survivor's progress. Devices read their supports by device id in every
// responses pull, hence the index.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('supports').addColumn('backed_id', 'text').execute();
  await db.schema.createIndex('supports_device').on('supports').column('device_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('supports_device').execute();
  await db.schema.alterTable('supports').dropColumn('backed_id').execute();
}

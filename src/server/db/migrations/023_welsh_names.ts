// Welsh names of areas, kept beside the English ones: ONS boundary files for Wales carry both
// (WD23NM / WD23NMW), and a Welsh page must show the Welsh name. Null where no file gave one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('area_units').addColumn('name_cy', 'text').execute();
  await db.schema.alterTable('area_boundaries').addColumn('name_cy', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('area_boundaries').dropColumn('name_cy').execute();
  await db.schema.alterTable('area_units').dropColumn('name_cy').execute();
}

// Keeps the area catalogue (area_units: the names, parents and shapes every reader joins, from
// the ward a device is told to the moderation queue) on the boundaries in force today. An import
// writes the newest vintage's rows; a vintage imported ahead of its in-force date must not rename
// or reshape anything until that date, and on that date (or at the next start) it takes over.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import { today, vintageOn } from '../store/vintages';

/** Rewrites each level's catalogue rows from the vintage in force on `on`; returns rows changed. */
export async function alignCatalogue(db: Kysely<Tables>, on: string = today()): Promise<number> {
  const sets = await db
    .selectFrom('boundary_sets')
    .select(['level', 'vintage', 'in_force_from as inForceFrom'])
    .execute();
  let changed = 0;
  for (const level of new Set(sets.map((s) => s.level))) {
    const vintage = vintageOn(sets, level, on);
    if (!vintage) continue;
    const result = await db
      .updateTable('area_units')
      .from('area_boundaries as b')
      .set((eb) => ({
        name: eb.ref('b.name'),
        parent_code: eb.fn.coalesce('b.parent_code', 'area_units.parent_code'),
        vintage: eb.ref('b.vintage'),
        geometry: eb.ref('b.geometry'),
        min_lon: eb.ref('b.min_lon'),
        min_lat: eb.ref('b.min_lat'),
        max_lon: eb.ref('b.max_lon'),
        max_lat: eb.ref('b.max_lat'),
      }))
      .whereRef('b.code', '=', 'area_units.code')
      .where('b.level', '=', level)
      .where('b.vintage', '=', vintage)
      .where('area_units.level', '=', level)
      .where((eb) =>
        eb.or([
          eb('area_units.vintage', '!=', vintage),
          eb('area_units.name', '!=', eb.ref('b.name')),
          eb('area_units.geometry', 'is distinct from', eb.ref('b.geometry')),
        ]),
      )
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
  }
  return changed;
}

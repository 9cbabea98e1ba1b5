// Each priority's area in every boundary level and vintage (priority_areas): written at ingest,
// rewritten for one boundary set when that set is imported or replaced.
import type { Kysely } from 'kysely';
import type { BoundaryLevel, Tables } from '../db/tables';
import type { AreaRow, Assignment, AssignPlace } from '../geo/area-index';

const toRow = (priorityId: string, r: AreaRow) => ({
  priority_id: priorityId,
  level: r.level,
  vintage: r.vintage,
  area_code: r.areaCode,
  touches: JSON.stringify(r.touches),
});

/** Replaces all of a priority's rows: a newer version may have moved the place. */
export async function saveAreaRows(
  tx: Kysely<Tables>,
  priorityId: string,
  rows: readonly AreaRow[],
): Promise<void> {
  await tx.deleteFrom('priority_areas').where('priority_id', '=', priorityId).execute();
  if (rows.length > 0)
    await tx
      .insertInto('priority_areas')
      .values(rows.map((r) => toRow(priorityId, r)))
      .execute();
}

/** Replaces the rows of some levels at one vintage (other vintages are kept untouched). */
export async function replaceVintageRows(
  tx: Kysely<Tables>,
  priorityId: string,
  vintage: string,
  levels: readonly BoundaryLevel[],
  rows: readonly AreaRow[],
): Promise<void> {
  await tx
    .deleteFrom('priority_areas')
    .where('priority_id', '=', priorityId)
    .where('vintage', '=', vintage)
    .where('level', 'in', levels)
    .execute();
  if (rows.length > 0)
    await tx
      .insertInto('priority_areas')
      .values(rows.map((r) => toRow(priorityId, r)))
      .execute();
}

/** Rows for priorities just inserted (none held yet): multi-row inserts, as ingest speed needs. */
export async function insertAreaRows(
  tx: Kysely<Tables>,
  entries: readonly { readonly id: string; readonly rows: readonly AreaRow[] }[],
): Promise<void> {
  const values = entries.flatMap((e) => e.rows.map((r) => toRow(e.id, r)));
  // 5 columns a row: 1,000 rows (a full push batch's areas) stay well under SQLite's
  // bound-parameter limit (32,766), and fewer statements mean fewer parses and prepares.
  for (let start = 0; start < values.length; start += 1000) {
    await tx
      .insertInto('priority_areas')
      .values(values.slice(start, start + 1000))
      .execute();
  }
}

/** Assigns each place once however often a push asks (the row and its area rows share it). */
export function rememberPlaces(assign: AssignPlace): AssignPlace {
  const seen = new WeakMap<object, Assignment>();
  return (place) => {
    const held = seen.get(place);
    if (held) return held;
    const made = assign(place);
    seen.set(place, made);
    return made;
  };
}

// Each priority's area in every boundary level and vintage (priority_areas): written at ingest,
// rewritten for one boundary set when that set is imported or replaced.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import type { AreaRow, Assignment, AssignPlace } from '../geo/area-index';
import { insertCompiledOnce } from './compiled-inserts';

// 5 columns a row: 1,000 rows (a full push batch's areas, 5,000 parameters) stay far under SQLite's 32,766 and
// PostgreSQL's 65,535 bound-parameter limits.
const ROW_CHUNK = 1000;
const ID_CHUNK = 1000;

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

/** Rows for priorities just inserted (none held yet): multi-row inserts, as ingest speed needs. */
export async function insertAreaRows(
  tx: Kysely<Tables>,
  entries: readonly { readonly id: string; readonly rows: readonly AreaRow[] }[],
): Promise<void> {
  const values = entries.flatMap((e) => e.rows.map((r) => toRow(e.id, r)));
  for (let start = 0; start < values.length; start += ROW_CHUNK) {
    const chunk = values.slice(start, start + ROW_CHUNK);
    await insertCompiledOnce(tx, 'priority-areas', chunk, () =>
      tx.insertInto('priority_areas').values(chunk),
    );
  }
}

/** Replaces many priorities' rows at one vintage (every level), other vintages untouched. */
export async function replaceVintageRowsOf(
  tx: Kysely<Tables>,
  entries: readonly { readonly id: string; readonly rows: readonly AreaRow[] }[],
  vintage: string,
): Promise<void> {
  for (let start = 0; start < entries.length; start += ID_CHUNK) {
    await tx
      .deleteFrom('priority_areas')
      .where('vintage', '=', vintage)
      .where(
        'priority_id',
        'in',
        entries.slice(start, start + ID_CHUNK).map((e) => e.id),
      )
      .execute();
  }
  await insertAreaRows(tx, entries);
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

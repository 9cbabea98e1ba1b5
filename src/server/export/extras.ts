// What some formats need beyond the summary: ward shapes for maps and GIS, and published
// priorities as points (public precision is applied by the GeoJSON builder).
import { sql } from 'kysely';
import type { Period } from '../../domain/summary';
import { findTheme, themeLabel } from '../../domain/taxonomy/themes';
import type { AreaShape } from '../../reports/formats/charts';
import type { PublishedPoint } from '../../reports/formats/geojson';
import type { Db } from '../db/tables';
import { cspWardsIn } from '../store/areas';
import { nextDay } from '../store/summary';
import { boundarySets, vintageOn } from '../store/vintages';

export type WardShape = AreaShape;

export interface ExportExtras {
  readonly wardShapes: readonly AreaShape[];
  readonly points: readonly PublishedPoint[];
}

/** The wards of the boundary vintage in force at the end of the period (as the summary counts them). */
export async function loadWardShapes(
  db: Db,
  cspCodes: readonly string[],
  period: Period,
): Promise<AreaShape[]> {
  const vintage = vintageOn(await boundarySets(db), 'ward', period.to);
  if (!vintage) return [];
  const wards = await cspWardsIn(db, cspCodes, vintage);
  return wards.map((w) => ({ code: w.code, name: w.name, geometry: JSON.parse(w.geometry) as unknown }));
}

/** Published priorities with a point (drawn areas by their point of reference), never sensitive themes. */
export async function loadPublishedPoints(
  db: Db,
  cspCodes: readonly string[],
  period: Period,
): Promise<PublishedPoint[]> {
  const rows = await db.kysely
    .selectFrom('priorities as p')
    .select(['p.theme_key', 'p.lon', 'p.lat', 'p.created_at'])
    .where((eb) => eb(eb.fn.coalesce('p.assigned_csp_code', 'p.csp_code'), 'in', [...cspCodes]))
    .where('p.created_at', '>=', period.from)
    .where('p.created_at', '<', nextDay(period.to))
    .where(sql<string>`p.status`, '=', 'published')
    .where('p.sensitive', '=', 0)
    .where('p.lon', 'is not', null)
    .where('p.lat', 'is not', null)
    .limit(100_000)
    .execute();
  return rows
    .filter((r) => findTheme(r.theme_key)?.sensitive !== true)
    .map((r) => ({
      themeKey: r.theme_key,
      themeLabel: themeLabel(r.theme_key),
      lon: r.lon!,
      lat: r.lat!,
      month: r.created_at.slice(0, 7),
    }));
}

export async function loadExportExtras(
  db: Db,
  cspCodes: readonly string[],
  period: Period,
): Promise<ExportExtras> {
  const [wardShapes, points] = await Promise.all([
    loadWardShapes(db, cspCodes, period),
    loadPublishedPoints(db, cspCodes, period),
  ]);
  return { wardShapes, points };
}

// Re-assigns every priority held to the boundaries of one vintage after a boundary set is
// imported or replaced. Other vintages' assignments are kept. Set-based in pages: the places of
// a page are assigned in memory (the spatial index), then one transaction swaps the page's rows
// of that vintage with multi-row statements and re-aligns the priorities' own area columns with
// the vintages in force today (only those that change get a new change stamp).
import type { Place } from '../../domain/priority';
import type { Db } from '../db/tables';
import type { AreaIndex } from '../geo/area-index';
import type { PolygonGeometry } from '../geo/geometry';
import { alignPriorities } from './align-priorities';
import { replaceVintageRowsOf } from './priority-areas';

const PAGE = 2000;

interface StoredPlace {
  id: string;
  place_kind: string;
  lon: number | null;
  lat: number | null;
  geometry: string | null;
  area_code: string | null;
}

export function storedPlace(r: StoredPlace): Place | null {
  if (r.place_kind === 'point' && r.lon !== null && r.lat !== null) {
    return { kind: 'point', geometry: { type: 'Point', coordinates: [r.lon, r.lat] } };
  }
  if (r.place_kind === 'area' && r.geometry) {
    return { kind: 'area', geometry: JSON.parse(r.geometry) as PolygonGeometry as never };
  }
  if (r.place_kind === 'area-unit' && r.area_code) return { kind: 'area-unit', areaCode: r.area_code };
  if (r.place_kind === 'neighbourhood' && r.area_code)
    return { kind: 'neighbourhood', neighbourhoodCode: r.area_code };
  return null;
}

/** Returns how many priorities were re-assigned. */
export async function reassignVintage(
  db: Db,
  index: AreaIndex,
  vintage: string,
  progress?: (done: number) => void,
): Promise<number> {
  const inForce = Object.values(index.current).includes(vintage);
  let after = '';
  let done = 0;
  for (;;) {
    const page = await db.kysely
      .selectFrom('priorities')
      .select(['id', 'place_kind', 'lon', 'lat', 'geometry', 'area_code'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (page.length === 0) return done;
    const entries = page.flatMap((r) => {
      const place = storedPlace(r);
      return place ? [{ id: r.id, rows: index.rowsFor(place, (s) => s.vintage === vintage) }] : [];
    });
    await db.kysely.transaction().execute(async (tx) => {
      await replaceVintageRowsOf(tx, entries, vintage);
      if (inForce)
        await alignPriorities(
          tx,
          db.kind,
          index.current,
          entries.map((e) => e.id),
        );
    });
    done += page.length;
    after = page.at(-1)?.id ?? after;
    progress?.(done);
  }
}

// Re-assigns every priority held to the boundaries of one vintage after a boundary set is
// imported or replaced. Other vintages' assignments are kept. When the vintage is the one in
// force today, the priority's own area columns change too, with a new change stamp so devices
// pull the new ward.
import type { Place } from '../../domain/priority';
import type { Db } from '../db/tables';
import type { AreaIndex } from '../geo/area-index';
import type { PolygonGeometry } from '../geo/geometry';
import { changeSeq, changeTx } from './change-stamp';
import { replaceVintageRows } from './priority-areas';

const PAGE = 500;

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
  return null;
}

/** Returns how many priorities were re-assigned. */
export async function reassignVintage(
  db: Db,
  index: AreaIndex,
  vintage: string,
  progress?: (done: number) => void,
): Promise<number> {
  const current = Object.values(index.current).includes(vintage);
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
    await db.kysely.transaction().execute(async (tx) => {
      for (const r of page) {
        const place = storedPlace(r);
        if (!place) continue;
        const rows = index.rowsFor(place, (s) => s.vintage === vintage);
        await replaceVintageRows(tx, r.id, vintage, ['ward', 'district', 'neighbourhood', 'csp'], rows);
        if (!current) continue;
        const a = index.assign(place);
        await tx
          .updateTable('priorities')
          .set({
            ward_code: a.wardCode,
            district_code: a.districtCode,
            assigned_csp_code: a.cspCode,
            outside_area: a.outsideArea ? 1 : 0,
            server_updated_at: new Date().toISOString(),
            change_seq: changeSeq(db.kind),
            change_tx: changeTx(db.kind),
          })
          .where('id', '=', r.id)
          .where((eb) =>
            eb.or([
              eb('ward_code', 'is distinct from', a.wardCode),
              eb('district_code', 'is distinct from', a.districtCode),
              eb('assigned_csp_code', 'is distinct from', a.cspCode),
              eb('outside_area', '!=', a.outsideArea ? 1 : 0),
            ]),
          )
          .execute();
      }
    });
    done += page.length;
    after = page.at(-1)?.id ?? after;
    progress?.(done);
  }
}

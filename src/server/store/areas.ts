// Reads the area units: CSPs with their districts and extent, and a CSP's ward boundaries in
// the vintage in force.
import type { CspInfo, WardFeatureProps } from '../../domain/areas';
import type { Db } from '../db/tables';
import { boundarySets, today, vintageOn } from './vintages';

export async function findCsp(db: Db, code: string): Promise<{ code: string; name: string } | undefined> {
  return db.kysely
    .selectFrom('area_units')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'csp')
    .executeTakeFirst();
}

/** CSPs a device can map: those with an extent (set up from the lookup and given boundaries). */
export async function listCsps(db: Db): Promise<CspInfo[]> {
  const csps = await db.kysely
    .selectFrom('area_units')
    .selectAll()
    .where('level', '=', 'csp')
    .orderBy('name')
    .execute();
  const districts = await db.kysely
    .selectFrom('csp_districts as cd')
    .innerJoin('area_units as d', 'd.code', 'cd.district_code')
    .select(['cd.csp_code', 'd.code', 'd.name', 'd.name_cy'])
    .orderBy('d.name')
    .execute();
  const months = new Map(
    (await db.kysely.selectFrom('csp_settings').select(['csp_code', 'assessment_month']).execute()).map(
      (s) => [s.csp_code, s.assessment_month],
    ),
  );
  return csps.flatMap((c) =>
    c.min_lon === null || c.min_lat === null || c.max_lon === null || c.max_lat === null
      ? []
      : [
          {
            code: c.code,
            name: c.name,
            ...welsh(c.name_cy),
            bbox: [c.min_lon, c.min_lat, c.max_lon, c.max_lat] as const,
            districts: districts
              .filter((d) => d.csp_code === c.code)
              .map((d) => ({ code: d.code, name: d.name, ...welsh(d.name_cy) })),
            assessmentMonth: months.get(c.code) ?? null,
          },
        ],
  );
}

/** A Welsh name only where one is held, so English-only areas send nothing extra. */
const welsh = (nameCy: string | null) => (nameCy ? { nameCy } : {});

export interface WardFeature {
  readonly type: 'Feature';
  readonly properties: WardFeatureProps;
  readonly geometry: unknown;
}

/**
 * The CSP's wards in the vintage in force today (devices draw these).
 */
export async function cspWardFeatures(db: Db, cspCode: string): Promise<WardFeature[]> {
  const vintage = vintageOn(await boundarySets(db), 'ward', today());
  if (!vintage) return [];
  const wards = await cspWardsIn(db, [cspCode], vintage);
  return wards.map((w) => ({
    type: 'Feature',
    properties: { code: w.code, name: w.name, ...welsh(w.nameCy), districtCode: w.parentCode ?? '' },
    geometry: JSON.parse(w.geometry),
  }));
}

export interface VintageWard {
  readonly code: string;
  readonly name: string;
  readonly nameCy: string | null;
  readonly parentCode: string | null;
  /** GeoJSON text. */
  readonly geometry: string;
}

/**
 * The wards of some CSPs in one ward vintage: wards of their whole districts, and wards mapped
 * to them in a district split between CSPs (an unmapped ward of a split district is listed for
 * every CSP sharing the district rather than for none).
 */
export async function cspWardsIn(
  db: Db,
  cspCodes: readonly string[],
  vintage: string,
): Promise<VintageWard[]> {
  if (cspCodes.length === 0) return [];
  const [districts, mapped] = await Promise.all([
    db.kysely
      .selectFrom('csp_districts')
      .select('district_code')
      .where('csp_code', 'in', [...cspCodes])
      .execute(),
    db.kysely.selectFrom('csp_wards').select(['ward_code', 'csp_code']).execute(),
  ]);
  const cspOfWard = new Map(mapped.map((m) => [m.ward_code, m.csp_code]));
  const wards = await db.kysely
    .selectFrom('area_boundaries as b')
    .leftJoin('area_units as u', 'u.code', 'b.code')
    .select([
      'b.code',
      'b.name',
      'b.name_cy',
      'b.geometry',
      (eb) => eb.fn.coalesce('b.parent_code', 'u.parent_code').as('parent'),
    ])
    .where('b.level', '=', 'ward')
    .where('b.vintage', '=', vintage)
    .orderBy('b.code')
    .execute();
  const inDistricts = new Set(districts.map((d) => d.district_code));
  return wards
    .filter((w) => {
      const mappedTo = cspOfWard.get(w.code);
      return mappedTo ? cspCodes.includes(mappedTo) : w.parent !== null && inDistricts.has(w.parent);
    })
    .map((w) => ({
      code: w.code,
      name: w.name,
      nameCy: w.name_cy,
      parentCode: w.parent,
      geometry: w.geometry,
    }));
}

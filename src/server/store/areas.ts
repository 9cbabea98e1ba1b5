// Reads the area units: CSPs with their districts and extent, and a CSP's ward boundaries.
import type { CspInfo, WardFeatureProps } from '../../domain/areas';
import type { Db } from '../db/tables';

export async function findCsp(db: Db, code: string): Promise<{ code: string; name: string } | undefined> {
  return db.kysely
    .selectFrom('area_units')
    .select(['code', 'name'])
    .where('code', '=', code)
    .where('level', '=', 'csp')
    .executeTakeFirst();
}

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
    .select(['cd.csp_code', 'd.code', 'd.name'])
    .orderBy('d.name')
    .execute();
  return csps.map((c) => ({
    code: c.code,
    name: c.name,
    bbox: [c.min_lon, c.min_lat, c.max_lon, c.max_lat],
    districts: districts.filter((d) => d.csp_code === c.code).map((d) => ({ code: d.code, name: d.name })),
  }));
}

export interface WardFeature {
  readonly type: 'Feature';
  readonly properties: WardFeatureProps;
  readonly geometry: unknown;
}

export async function cspWardFeatures(db: Db, cspCode: string): Promise<WardFeature[]> {
  const wards = await db.kysely
    .selectFrom('area_units as w')
    .innerJoin('csp_districts as cd', 'cd.district_code', 'w.parent_code')
    .select(['w.code', 'w.name', 'w.parent_code', 'w.geometry'])
    .where('cd.csp_code', '=', cspCode)
    .where('w.level', '=', 'ward')
    .orderBy('w.code')
    .execute();
  return wards.map((w) => ({
    type: 'Feature',
    properties: { code: w.code, name: w.name, districtCode: w.parent_code ?? '' },
    geometry: JSON.parse(w.geometry ?? 'null'),
  }));
}

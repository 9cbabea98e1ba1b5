// Builds the assignment index from the store: every boundary set held, the ONS district → CSP
// lookup, and ward → CSP mappings for districts split between CSPs.
import type { BoundaryLevel, Db } from '../db/tables';
import { boundarySets, today, vintagesOn } from '../store/vintages';
import { AreaIndex } from './area-index';
import { BoundarySet, type IndexedArea } from './boundary-set';
import type { AreaGeometry } from './geometry';

export async function loadAreaIndex(db: Db, on: string = today()): Promise<AreaIndex> {
  const [sets, areas, districtLinks, wardLinks, units] = await Promise.all([
    boundarySets(db),
    db.kysely
      .selectFrom('area_boundaries')
      .select(['level', 'vintage', 'code', 'name', 'parent_code', 'geometry'])
      .orderBy('code')
      .execute(),
    db.kysely.selectFrom('csp_districts').select(['csp_code', 'district_code']).execute(),
    db.kysely.selectFrom('csp_wards').select(['csp_code', 'ward_code']).execute(),
    db.kysely
      .selectFrom('area_units')
      .select(['code', 'level', 'parent_code'])
      .where('level', 'in', ['ward', 'district'])
      .execute(),
  ]);
  // A ward file without a district column still has the district held for the ward's code.
  const wardParent = new Map(units.filter((u) => u.level === 'ward').map((u) => [u.code, u.parent_code]));
  // A district with CSP links but no parent CSP is one the lookup splits (see csp add).
  const linked = new Set(districtLinks.map((l) => l.district_code));
  const splitDistricts = new Set(
    units
      .filter((u) => u.level === 'district' && u.parent_code === null && linked.has(u.code))
      .map((u) => u.code),
  );
  const grouped = new Map<string, { level: BoundaryLevel; vintage: string; areas: IndexedArea[] }>();
  for (const a of areas) {
    const key = `${a.level}/${a.vintage}`;
    const group = grouped.get(key) ?? { level: a.level, vintage: a.vintage, areas: [] };
    group.areas.push({
      code: a.code,
      name: a.name,
      parentCode: a.parent_code ?? (a.level === 'ward' ? (wardParent.get(a.code) ?? null) : null),
      geometry: JSON.parse(a.geometry) as AreaGeometry,
    });
    grouped.set(key, group);
  }
  const cspsOfDistrict = new Map<string, string[]>();
  for (const l of districtLinks) {
    cspsOfDistrict.set(l.district_code, [...(cspsOfDistrict.get(l.district_code) ?? []), l.csp_code]);
  }
  return new AreaIndex(
    [...grouped.values()].map((g) => new BoundarySet(g.level, g.vintage, g.areas)),
    { cspsOfDistrict, cspOfWard: new Map(wardLinks.map((l) => [l.ward_code, l.csp_code])), splitDistricts },
    vintagesOn(sets, on),
  );
}

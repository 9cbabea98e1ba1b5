// Seeds the demo areas (Warwickshire's wards, districts and CSPs, and Swansea's, a Welsh CSP
// with Welsh ward names) into a fresh store only: once
// any boundaries, area or CSP are held (the demo, or an analyst's own setup made with
// `areas import` / `csp add`), it adds nothing, so a real setup is never overwritten, topped up
// with demo wards, or given back areas a `--replace` import dropped. Concurrent first starts are
// harmless: every insert ignores rows already there.
import type { Kysely } from 'kysely';
import type { Db, Tables } from '../db/tables';
import { type BBox, geometryBBox, unionBBox } from '../geo/geometry';
import { setAssessmentMonth } from '../store/csp-settings';
import { loadSeedCsps, loadSeedWards } from './load';

// Swansea's file is ONS's December 2023 edition of the wards it has had since its 2022
// re-warding: the same 32 codes as December 2022 (one spelling corrected), so one vintage.
const WARD_VINTAGE = '2022';
const DISTRICT_VINTAGE = '2024';
/** The demo's CSPs write their strategic assessments in October, ready for April's plans. */
const DEMO_ASSESSMENT_MONTH = 10;

const bboxColumns = (b: BBox) => ({ min_lon: b[0], min_lat: b[1], max_lon: b[2], max_lat: b[3] });

/** Whether the store holds no areas, boundaries or CSP links yet. */
async function isFresh(tx: Kysely<Tables>): Promise<boolean> {
  const held = await Promise.all([
    tx.selectFrom('area_units').select('code').limit(1).executeTakeFirst(),
    tx.selectFrom('boundary_sets').select('level').limit(1).executeTakeFirst(),
    tx.selectFrom('csp_districts').select('csp_code').limit(1).executeTakeFirst(),
  ]);
  return held.every((row) => row === undefined);
}

/** Returns how many area units were new (0 when the store was not fresh). */
export async function seedDemo(db: Db): Promise<{ inserted: number }> {
  if (!(await isFresh(db.kysely))) return { inserted: 0 };
  const wards = loadSeedWards();
  const districts = new Map<string, { name: string; nameCy: string | null; boxes: BBox[] }>();
  for (const w of wards) {
    const d = districts.get(w.districtCode) ?? { name: w.districtName, nameCy: w.districtNameCy, boxes: [] };
    d.boxes.push(geometryBBox(w.geometry));
    districts.set(w.districtCode, d);
  }
  // Only members we hold boundaries for: a CSP may include a district outside the demo area.
  const csps = loadSeedCsps(new Set(districts.keys())).map((c) => ({
    ...c,
    districtCodes: c.districtCodes.filter((d) => districts.has(d)),
  }));
  const cspOf = new Map<string, string[]>();
  for (const c of csps) for (const d of c.districtCodes) cspOf.set(d, [...(cspOf.get(d) ?? []), c.code]);

  const units = [
    ...csps.map((c) => ({
      code: c.code,
      name: c.name,
      name_cy: c.nameCy,
      level: 'csp' as const,
      parent_code: null,
      vintage: DISTRICT_VINTAGE,
      geometry: null,
      ...bboxColumns(unionBBox(c.districtCodes.flatMap((d) => districts.get(d)?.boxes ?? []))),
    })),
    ...[...districts].map(([code, d]) => {
      const parents = cspOf.get(code) ?? [];
      return {
        code,
        name: d.name,
        name_cy: d.nameCy,
        level: 'district' as const,
        // A district split between CSPs has no single parent; csp_districts holds the truth.
        parent_code: parents.length === 1 ? (parents[0] ?? null) : null,
        vintage: DISTRICT_VINTAGE,
        geometry: null,
        ...bboxColumns(unionBBox(d.boxes)),
      };
    }),
    ...wards.map((w) => ({
      code: w.code,
      name: w.name,
      name_cy: w.nameCy,
      level: 'ward' as const,
      parent_code: w.districtCode,
      vintage: WARD_VINTAGE,
      geometry: JSON.stringify(w.geometry),
      ...bboxColumns(geometryBBox(w.geometry)),
    })),
  ];
  const links = csps.flatMap((c) => c.districtCodes.map((d) => ({ csp_code: c.code, district_code: d })));

  return db.kysely.transaction().execute(async (tx) => {
    let inserted = 0;
    for (let i = 0; i < units.length; i += 200) {
      const result = await tx
        .insertInto('area_units')
        .values(units.slice(i, i + 200))
        .onConflict((oc) => oc.column('code').doNothing())
        .executeTakeFirst();
      inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    // The demo wards are the first ward vintage; a newer one imported later is left alone.
    await tx
      .insertInto('boundary_sets')
      .values({
        level: 'ward',
        vintage: WARD_VINTAGE,
        in_force_from: `${WARD_VINTAGE}-01-01`,
        source: 'seed',
        imported_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.columns(['level', 'vintage']).doNothing())
      .execute();
    const boundaries = wards.map((w) => ({
      level: 'ward' as const,
      vintage: WARD_VINTAGE,
      code: w.code,
      name: w.name,
      name_cy: w.nameCy,
      parent_code: w.districtCode,
      geometry: JSON.stringify(w.geometry),
      ...bboxColumns(geometryBBox(w.geometry)),
    }));
    for (let i = 0; i < boundaries.length; i += 200) {
      await tx
        .insertInto('area_boundaries')
        .values(boundaries.slice(i, i + 200))
        .onConflict((oc) => oc.columns(['level', 'vintage', 'code']).doNothing())
        .execute();
    }
    if (links.length > 0) {
      await tx
        .insertInto('csp_districts')
        .values(links)
        .onConflict((oc) => oc.columns(['csp_code', 'district_code']).doNothing())
        .execute();
    }
    for (const c of csps) await setAssessmentMonth(tx, c.code, DEMO_ASSESSMENT_MONTH);
    return { inserted };
  });
}

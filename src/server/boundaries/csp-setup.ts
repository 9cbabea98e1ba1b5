// Sets a CSP up from the ONS lookup: the CSP, its districts and their links. A district split
// between CSPs (Buckinghamshire, North Northamptonshire) is divided by ward: from a ward → CSP
// list when one is given, otherwise by which imported CSP boundary each ward overlaps most.
import { area as turfArea } from '@turf/area';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Db } from '../db/tables';
import { type BBox, geometryBBox, unionBBox } from '../geo/geometry';
import { type CspLookup, cspRows, cspsOfDistricts } from './csp-lookup';

export interface SplitDistrict {
  readonly code: string;
  readonly name: string;
  readonly csps: readonly string[];
  /** How its wards were mapped; 'none' leaves their CSP unassigned. */
  readonly mappedBy: 'file' | 'overlap' | 'none';
  readonly wardsMapped: number;
  readonly wardsUnmapped: number;
}

export interface CspSetup {
  readonly code: string;
  readonly name: string;
  readonly districts: readonly { code: string; name: string }[];
  readonly split: readonly SplitDistrict[];
  /** False until boundaries covering it are held: devices cannot map it yet. */
  readonly hasExtent: boolean;
}

/** ward code → CSP code from a ward list (`--wards FILE`). */
export type WardCsps = ReadonlyMap<string, string>;

export async function addCsp(
  db: Db,
  lookup: CspLookup,
  codeOrName: string,
  wardCsps?: WardCsps,
): Promise<CspSetup> {
  const rows = cspRows(lookup, codeOrName);
  const first = rows[0];
  if (!first) throw new Error(`no CSP "${codeOrName}" in the lookup`);
  const code = first.cspCode;
  const sharing = cspsOfDistricts(lookup);

  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto('area_units')
      .values({
        code,
        name: first.cspName,
        level: 'csp',
        parent_code: null,
        vintage: lookup.vintage,
        geometry: null,
        min_lon: null,
        min_lat: null,
        max_lon: null,
        max_lat: null,
      })
      .onConflict((oc) => oc.column('code').doUpdateSet({ name: first.cspName }))
      .execute();
    for (const r of rows) {
      const whole = (sharing.get(r.districtCode) ?? []).length === 1;
      await tx
        .insertInto('area_units')
        .values({
          code: r.districtCode,
          name: r.districtName,
          level: 'district',
          parent_code: whole ? code : null,
          vintage: lookup.vintage,
          geometry: null,
          min_lon: null,
          min_lat: null,
          max_lon: null,
          max_lat: null,
        })
        // The lookup decides the district's parent: its CSP when whole, none when split.
        .onConflict((oc) => oc.column('code').doUpdateSet({ parent_code: whole ? code : null }))
        .execute();
      await tx
        .insertInto('csp_districts')
        .values({ csp_code: code, district_code: r.districtCode })
        .onConflict((oc) => oc.columns(['csp_code', 'district_code']).doNothing())
        .execute();
    }
  });

  const split: SplitDistrict[] = [];
  for (const r of rows) {
    const csps = sharing.get(r.districtCode) ?? [];
    if (csps.length > 1)
      split.push(await mapSplitDistrict(db, r.districtCode, r.districtName, csps, wardCsps));
  }
  const hasExtent = await updateExtent(db, code);
  return {
    code,
    name: first.cspName,
    districts: rows.map((r) => ({ code: r.districtCode, name: r.districtName })),
    split,
    hasExtent,
  };
}

/** Latest held shape of each ward of a district. */
async function wardsOf(db: Db, districtCode: string): Promise<{ code: string; geometry: string }[]> {
  const rows = await db.kysely
    .selectFrom('area_boundaries as b')
    .leftJoin('area_units as u', 'u.code', 'b.code')
    .select(['b.code', 'b.geometry', 'b.vintage'])
    .where('b.level', '=', 'ward')
    .where((eb) => eb(eb.fn.coalesce('b.parent_code', 'u.parent_code'), '=', districtCode))
    .orderBy('b.vintage', 'desc')
    .execute();
  const seen = new Map<string, { code: string; geometry: string }>();
  for (const r of rows) if (!seen.has(r.code)) seen.set(r.code, r);
  return [...seen.values()];
}

async function mapSplitDistrict(
  db: Db,
  code: string,
  name: string,
  csps: readonly string[],
  wardCsps: WardCsps | undefined,
): Promise<SplitDistrict> {
  const wards = await wardsOf(db, code);
  const fromFile = wardCsps ? [...wardCsps].filter(([, csp]) => csps.includes(csp)) : [];
  let mapping: [string, string][] = fromFile;
  let mappedBy: SplitDistrict['mappedBy'] = fromFile.length > 0 ? 'file' : 'none';
  if (mappedBy === 'none') {
    const cspShapes = await db.kysely
      .selectFrom('area_boundaries')
      .select(['code', 'geometry', 'vintage'])
      .where('level', '=', 'csp')
      .where('code', 'in', [...csps])
      .orderBy('vintage', 'desc')
      .execute();
    if (cspShapes.length > 0) {
      mappedBy = 'overlap';
      mapping = wards.flatMap((w) => {
        const best = largestOverlap(w.geometry, cspShapes);
        return best ? [[w.code, best] as [string, string]] : [];
      });
    }
  }
  if (mapping.length > 0) {
    await db.kysely.transaction().execute(async (tx) => {
      for (const [ward, csp] of mapping) {
        await tx.deleteFrom('csp_wards').where('ward_code', '=', ward).execute();
        await tx
          .insertInto('csp_wards')
          .values({ ward_code: ward, csp_code: csp, source: mappedBy === 'file' ? 'file' : 'overlap' })
          .execute();
      }
    });
  }
  const mapped = new Set(mapping.map(([w]) => w));
  return {
    code,
    name,
    csps,
    mappedBy,
    wardsMapped: mapped.size,
    wardsUnmapped: wards.filter((w) => !mapped.has(w.code)).length,
  };
}

function largestOverlap(
  wardGeometry: string,
  csps: readonly { code: string; geometry: string }[],
): string | null {
  const ward = feature(JSON.parse(wardGeometry) as GeoJSON.Polygon);
  let best: { code: string; m2: number } | null = null;
  for (const c of csps) {
    const common = intersect(featureCollection([ward, feature(JSON.parse(c.geometry) as GeoJSON.Polygon)]));
    const m2 = common ? turfArea(common) : 0;
    if (m2 > 0 && (!best || m2 > best.m2)) best = { code: c.code, m2 };
  }
  return best?.code ?? null;
}

/** Boundaries imported after `csp add`: every CSP set up gets its extent again, so devices can map it. */
export async function updateExtents(db: Db): Promise<void> {
  const csps = await db.kysely.selectFrom('area_units').select('code').where('level', '=', 'csp').execute();
  for (const c of csps) await updateExtent(db, c.code);
}

/** The CSP's extent: its own boundary if held, else its wards', else its districts'. */
export async function updateExtent(db: Db, cspCode: string): Promise<boolean> {
  const own = await db.kysely
    .selectFrom('area_boundaries')
    .select(['min_lon', 'min_lat', 'max_lon', 'max_lat'])
    .where('level', '=', 'csp')
    .where('code', '=', cspCode)
    .execute();
  let boxes: BBox[] = own.map((b) => [b.min_lon, b.min_lat, b.max_lon, b.max_lat]);
  if (boxes.length === 0) {
    const districts = await db.kysely
      .selectFrom('csp_districts')
      .select('district_code')
      .where('csp_code', '=', cspCode)
      .execute();
    const mapped = await db.kysely.selectFrom('csp_wards').select(['ward_code', 'csp_code']).execute();
    const mine = new Set(mapped.filter((m) => m.csp_code === cspCode).map((m) => m.ward_code));
    const elsewhere = new Set(mapped.filter((m) => m.csp_code !== cspCode).map((m) => m.ward_code));
    for (const d of districts) {
      const wards = await wardsOf(db, d.district_code);
      for (const w of wards) {
        if (elsewhere.has(w.code) && !mine.has(w.code)) continue;
        boxes.push(geometryBBox(JSON.parse(w.geometry)));
      }
    }
    if (boxes.length === 0) {
      const held = await db.kysely
        .selectFrom('area_units')
        .select(['min_lon', 'min_lat', 'max_lon', 'max_lat'])
        .where('code', 'in', districts.length > 0 ? districts.map((d) => d.district_code) : [''])
        .execute();
      boxes = held.flatMap((b) =>
        b.min_lon === null || b.min_lat === null || b.max_lon === null || b.max_lat === null
          ? []
          : [[b.min_lon, b.min_lat, b.max_lon, b.max_lat] as BBox],
      );
    }
  }
  if (boxes.length === 0) return false;
  const [w, s, e, n] = unionBBox(boxes);
  await db.kysely
    .updateTable('area_units')
    .set({ min_lon: w, min_lat: s, max_lon: e, max_lat: n })
    .where('code', '=', cspCode)
    .execute();
  return true;
}

/** A county strategy group: several CSPs whose figures roll up together. */
export async function addCspGroup(
  db: Db,
  code: string,
  name: string,
  members: readonly string[],
): Promise<void> {
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto('area_units')
      .values({
        code,
        name,
        level: 'csp-group',
        parent_code: null,
        vintage: 'n/a',
        geometry: null,
        min_lon: null,
        min_lat: null,
        max_lon: null,
        max_lat: null,
      })
      .onConflict((oc) => oc.column('code').doUpdateSet({ name }))
      .execute();
    await tx.deleteFrom('csp_group_members').where('group_code', '=', code).execute();
    await tx
      .insertInto('csp_group_members')
      .values(members.map((csp) => ({ group_code: code, csp_code: csp })))
      .execute();
  });
}

/** The CSPs a group rolls up (for reports); empty when the code is not a group. */
export async function cspsInGroup(db: Db, groupCode: string): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('csp_group_members')
    .select('csp_code')
    .where('group_code', '=', groupCode)
    .orderBy('csp_code')
    .execute();
  return rows.map((r) => r.csp_code);
}

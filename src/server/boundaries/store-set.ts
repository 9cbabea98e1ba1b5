// Writes an imported boundary set: the set (level, vintage, in force from), each area's shape
// for that vintage, and the area catalogue (area_units) from the vintage in force today.
// A file adds or updates areas of its vintage by code (ONS ships some sets one district per
// file); --replace makes it the whole set. Other vintages stay as they were.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { pointOnFeature } from '@turf/point-on-feature';
import type { Kysely } from 'kysely';
import type { BoundaryLevel, Db, Tables } from '../db/tables';
import { geometryBBox } from '../geo/geometry';
import { alignCatalogue } from './catalogue-in-force';
import type { ParsedArea } from './parse-file';

export interface BoundarySetInput {
  readonly level: BoundaryLevel;
  readonly vintage: string;
  /** YYYY-MM-DD. */
  readonly inForceFrom: string;
  /** The file name, for `areas list`. */
  readonly source: string;
  readonly areas: readonly ParsedArea[];
  /** Drop the vintage's other areas too (a complete new file); otherwise areas are added or updated by code. */
  readonly replace?: boolean;
}

export interface StoredSet {
  readonly stored: number;
  /** Areas of this vintage already held that the file replaced (same code), or all of them with replace. */
  readonly replaced: number;
  /** Areas refused because their code is held at another level. */
  readonly skipped: { code: string; reason: string }[];
  /** Wards whose district is not known (not in the file, no district boundaries held). */
  readonly withoutDistrict: string[];
}

const CHUNK = 100;

export async function storeBoundarySet(db: Db, input: BoundarySetInput): Promise<StoredSet> {
  return db.kysely.transaction().execute(async (tx) => {
    const held = await tx
      .selectFrom('area_units')
      .select(['code', 'level', 'vintage', 'parent_code'])
      .where('code', 'in', input.areas.length > 0 ? input.areas.map((a) => a.code) : [''])
      .execute();
    const heldByCode = new Map(held.map((h) => [h.code, h]));
    const skipped: { code: string; reason: string }[] = [];
    const areas = input.areas.filter((a) => {
      const h = heldByCode.get(a.code);
      if (h && h.level !== input.level)
        skipped.push({ code: a.code, reason: `already held as a ${h.level}` });
      return !h || h.level === input.level;
    });
    const districtOf = input.level === 'ward' ? await districtFinder(tx) : () => null;
    const withoutDistrict: string[] = [];
    const parentOf = (a: ParsedArea): string | null => {
      if (input.level !== 'ward') return null;
      const parent = a.parentCode ?? heldByCode.get(a.code)?.parent_code ?? districtOf(a);
      if (!parent) withoutDistrict.push(a.code);
      return parent;
    };

    let replaced = 0;
    const codes = areas.map((a) => a.code);
    for (let i = 0; i < (input.replace ? 1 : codes.length); i += CHUNK) {
      let q = tx
        .deleteFrom('area_boundaries')
        .where('level', '=', input.level)
        .where('vintage', '=', input.vintage);
      if (!input.replace) q = q.where('code', 'in', codes.slice(i, i + CHUNK));
      replaced += Number((await q.executeTakeFirst()).numDeletedRows);
    }
    await tx
      .insertInto('boundary_sets')
      .values({
        level: input.level,
        vintage: input.vintage,
        in_force_from: input.inForceFrom,
        source: input.source,
        imported_at: new Date().toISOString(),
      })
      .onConflict((oc) =>
        oc.columns(['level', 'vintage']).doUpdateSet((eb) => ({
          in_force_from: eb.ref('excluded.in_force_from'),
          source: eb.ref('excluded.source'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute();

    const rows = areas.map((a) => {
      const [minLon, minLat, maxLon, maxLat] = geometryBBox(a.geometry);
      return {
        code: a.code,
        name: a.name,
        name_cy: a.nameCy ?? null,
        parent_code: parentOf(a),
        geometry: JSON.stringify(a.geometry),
        min_lon: minLon,
        min_lat: minLat,
        max_lon: maxLon,
        max_lat: maxLat,
      };
    });
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await tx
        .insertInto('area_boundaries')
        .values(chunk.map((r) => ({ ...r, level: input.level, vintage: input.vintage })))
        .execute();
      await tx
        .insertInto('area_units')
        .values(chunk.map((r) => ({ ...r, level: input.level, vintage: input.vintage })))
        .onConflict((oc) =>
          oc
            .column('code')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              name_cy: eb.ref('excluded.name_cy'),
              parent_code: eb.fn.coalesce('excluded.parent_code', 'area_units.parent_code'),
              vintage: eb.ref('excluded.vintage'),
              geometry: eb.ref('excluded.geometry'),
              min_lon: eb.ref('excluded.min_lon'),
              min_lat: eb.ref('excluded.min_lat'),
              max_lon: eb.ref('excluded.max_lon'),
              max_lat: eb.ref('excluded.max_lat'),
            }))
            .where('area_units.vintage', '<=', input.vintage),
        )
        .execute();
    }
    if (input.level === 'ward') await addMissingDistricts(tx, areas, rows, input.vintage);
    await alignCatalogue(tx);
    return { stored: rows.length, replaced, skipped, withoutDistrict };
  });
}

/** A ward file names its districts (LAD24CD/LAD24NM): hold them so reports can name them. */
async function addMissingDistricts(
  tx: Kysely<Tables>,
  areas: readonly ParsedArea[],
  rows: readonly {
    parent_code: string | null;
    min_lon: number;
    min_lat: number;
    max_lon: number;
    max_lat: number;
  }[],
  vintage: string,
): Promise<void> {
  const districts = new Map<
    string,
    { name: string; nameCy: string | null; box: [number, number, number, number] }
  >();
  rows.forEach((r, i) => {
    if (!r.parent_code) return;
    const d = districts.get(r.parent_code);
    const name = areas[i]?.parentName ?? d?.name ?? r.parent_code;
    const nameCy = areas[i]?.parentNameCy ?? d?.nameCy ?? null;
    const box = d?.box ?? [r.min_lon, r.min_lat, r.max_lon, r.max_lat];
    districts.set(r.parent_code, {
      name,
      nameCy,
      box: [
        Math.min(box[0], r.min_lon),
        Math.min(box[1], r.min_lat),
        Math.max(box[2], r.max_lon),
        Math.max(box[3], r.max_lat),
      ],
    });
  });
  for (const [code, d] of districts) {
    await tx
      .insertInto('area_units')
      .values({
        code,
        name: d.name,
        name_cy: d.nameCy,
        level: 'district',
        parent_code: null,
        vintage,
        geometry: null,
        min_lon: d.box[0],
        min_lat: d.box[1],
        max_lon: d.box[2],
        max_lat: d.box[3],
      })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}

/** With district boundaries held, a ward without a district column is placed by where it lies. */
async function districtFinder(tx: Kysely<Tables>): Promise<(a: ParsedArea) => string | null> {
  const districts = await tx
    .selectFrom('area_boundaries')
    .select(['code', 'geometry', 'vintage'])
    .where('level', '=', 'district')
    .orderBy('vintage', 'desc')
    .execute();
  if (districts.length === 0) return () => null;
  const shapes = districts.map((d) => ({ code: d.code, geometry: JSON.parse(d.geometry) }));
  return (a) => {
    const inside = pointOnFeature(a.geometry as never).geometry.coordinates;
    return shapes.find((d) => booleanPointInPolygon(inside, d.geometry))?.code ?? null;
  };
}

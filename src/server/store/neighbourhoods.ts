// A CSP's police neighbourhoods for devices: those of the vintage in force that share ground
// with the CSP's wards. A neighbourhood only touching the CSP's edge (or overlapping it by a
// sliver where two sets of boundaries were generalised differently) belongs to its neighbour.
import { area as turfArea } from '@turf/area';
import type { NeighbourhoodFeatureProps } from '../../domain/areas';
import type { Db } from '../db/tables';
import { BoundarySet } from '../geo/boundary-set';
import { boundariesSignature } from '../geo/follow-boundaries';
import { type AreaGeometry, geometryBBox, unionBBox } from '../geo/geometry';
import { cspWardsIn } from './areas';
import { boundarySets, today, vintageOn } from './vintages';

/** The share of a neighbourhood's area that must lie in the CSP's wards for it to be listed. */
export const NEIGHBOURHOOD_MIN_SHARE = 0.05;

export interface NeighbourhoodFeature {
  readonly type: 'Feature';
  readonly properties: NeighbourhoodFeatureProps;
  readonly geometry: AreaGeometry;
}

// Which neighbourhoods share ground with a CSP takes polygon overlaps: worked out once per CSP
// and kept until boundaries or CSPs change (the signature the area index follows).
const held = new WeakMap<Db, Map<string, { signature: string; features: NeighbourhoodFeature[] }>>();

/** cspNeighbourhoodFeatures, kept per store until its boundaries change. */
export async function listedNeighbourhoods(db: Db, cspCode: string): Promise<NeighbourhoodFeature[]> {
  const signature = await boundariesSignature(db);
  const byCsp = held.get(db) ?? new Map();
  held.set(db, byCsp);
  let list = byCsp.get(cspCode);
  if (list?.signature !== signature) {
    list = { signature, features: await cspNeighbourhoodFeatures(db, cspCode) };
    byCsp.set(cspCode, list);
  }
  return list.features;
}

/** The codes of a CSP's listed neighbourhoods, for checking a place chosen from the list. */
export const listedNeighbourhoodCodes = async (db: Db, cspCode: string): Promise<ReadonlySet<string>> =>
  new Set((await listedNeighbourhoods(db, cspCode)).map((f) => f.properties.code));

export async function cspNeighbourhoodFeatures(db: Db, cspCode: string): Promise<NeighbourhoodFeature[]> {
  const sets = await boundarySets(db);
  const date = today();
  const neighbourhoodVintage = vintageOn(sets, 'neighbourhood', date);
  const wardVintage = vintageOn(sets, 'ward', date);
  if (!neighbourhoodVintage || !wardVintage) return [];
  const wards = (await cspWardsIn(db, [cspCode], wardVintage)).map((w) => ({
    code: w.code,
    name: w.name,
    parentCode: w.parentCode,
    geometry: JSON.parse(w.geometry) as AreaGeometry,
  }));
  if (wards.length === 0) return [];
  const wardSet = new BoundarySet('ward', wardVintage, wards);
  const [west, south, east, north] = unionBBox(wards.map((w) => geometryBBox(w.geometry)));
  const candidates = await db.kysely
    .selectFrom('area_boundaries')
    .select(['code', 'name', 'geometry'])
    .where('level', '=', 'neighbourhood')
    .where('vintage', '=', neighbourhoodVintage)
    .where('min_lon', '<=', east)
    .where('max_lon', '>=', west)
    .where('min_lat', '<=', north)
    .where('max_lat', '>=', south)
    .orderBy('code')
    .execute();
  return candidates.flatMap((n): NeighbourhoodFeature[] => {
    const geometry = JSON.parse(n.geometry) as AreaGeometry;
    const whole = turfArea(geometry as GeoJSON.Geometry);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const inCsp = polygons.reduce(
      (sum, coordinates) =>
        sum + wardSet.overlaps({ type: 'Polygon', coordinates }).reduce((s, o) => s + o.m2, 0),
      0,
    );
    return whole > 0 && inCsp / whole >= NEIGHBOURHOOD_MIN_SHARE
      ? [{ type: 'Feature', properties: { code: n.code, name: n.name }, geometry }]
      : [];
  });
}

// One boundary set (a level at one vintage) indexed for assignment: a flatbush R-tree
// prefilters by bounding box, then exact tests decide (turf point-in-polygon for points,
// turf intersection area for drawn areas).
import { area as turfArea } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import Flatbush from 'flatbush';
import type { BoundaryLevel } from '../db/tables';
import { type AreaGeometry, geometryBBox } from './geometry';

export interface IndexedArea {
  readonly code: string;
  readonly name: string;
  /** A ward's district. */
  readonly parentCode: string | null;
  readonly geometry: AreaGeometry;
}

export interface Overlap {
  readonly area: IndexedArea;
  /** Square metres of the drawn area inside this one. */
  readonly m2: number;
}

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

const byCode = (a: IndexedArea, b: IndexedArea) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export class BoundarySet {
  private readonly tree: Flatbush | null;
  readonly byCode: ReadonlyMap<string, IndexedArea>;

  constructor(
    readonly level: BoundaryLevel,
    readonly vintage: string,
    readonly areas: readonly IndexedArea[],
  ) {
    this.byCode = new Map(areas.map((a) => [a.code, a]));
    if (areas.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(areas.length);
    for (const a of areas) tree.add(...geometryBBox(a.geometry));
    tree.finish();
    this.tree = tree;
  }

  /**
   * The area containing a point, boundary included (a point on an outer edge is inside;
   * holes are outside). On an edge shared by two areas the lowest code wins, so the answer
   * is stable and a point is never counted twice.
   */
  at(lon: number, lat: number): IndexedArea | null {
    if (!this.tree) return null;
    let best: IndexedArea | null = null;
    for (const i of this.tree.search(lon, lat, lon, lat)) {
      const a = this.areas[i];
      if (!a || (best && byCode(a, best) >= 0)) continue;
      if (booleanPointInPolygon([lon, lat], a.geometry as TurfPolygon)) best = a;
    }
    return best;
  }

  /** The areas a drawn polygon (or another area's shape) overlaps, most overlap first (ties: lowest code). */
  overlaps(polygon: AreaGeometry): Overlap[] {
    if (!this.tree) return [];
    const drawn = feature(polygon as GeoJSON.Polygon | GeoJSON.MultiPolygon);
    const out: Overlap[] = [];
    for (const i of this.tree.search(...geometryBBox(polygon))) {
      const a = this.areas[i];
      if (!a) continue;
      const common = intersect(featureCollection([drawn, feature(a.geometry as GeoJSON.Polygon)]));
      const m2 = common ? turfArea(common) : 0;
      if (m2 > 0) out.push({ area: a, m2 });
    }
    return out.sort((x, y) => y.m2 - x.m2 || byCode(x.area, y.area));
  }
}

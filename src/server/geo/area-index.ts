// Assigns a priority's place to a ward, district and CSP. Built once at startup from the
// area units in the store: a flatbush R-tree prefilters by bounding box, then an exact
// point-in-polygon test decides.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import Flatbush from 'flatbush';
import type { Place } from '../../domain/priority';
import type { Db } from '../db/tables';
import { type AreaGeometry, geometryBBox } from './geometry';

export interface Assignment {
  readonly wardCode: string | null;
  readonly districtCode: string | null;
  readonly cspCode: string | null;
  /** True when the place is in no ward we hold: flagged for review, never dropped. */
  readonly outsideArea: boolean;
}

export type AssignPlace = (place: Place) => Assignment;

export interface IndexedWard {
  readonly code: string;
  readonly districtCode: string;
  readonly geometry: AreaGeometry;
}

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

const OUTSIDE: Assignment = { wardCode: null, districtCode: null, cspCode: null, outsideArea: true };

export class AreaIndex {
  private readonly tree: Flatbush | null;
  private readonly byCode: Map<string, IndexedWard>;

  constructor(
    private readonly wards: readonly IndexedWard[],
    /** district code → CSP codes containing it. */
    private readonly cspsOfDistrict: ReadonlyMap<string, readonly string[]>,
  ) {
    this.byCode = new Map(wards.map((w) => [w.code, w]));
    if (wards.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(wards.length);
    for (const w of wards) tree.add(...geometryBBox(w.geometry));
    tree.finish();
    this.tree = tree;
  }

  /** The ward containing a point; on a shared edge the lowest code wins, so it is stable. */
  wardAt(lon: number, lat: number): IndexedWard | null {
    if (!this.tree) return null;
    const hits = this.tree
      .search(lon, lat, lon, lat)
      .map((i) => this.wards[i])
      .filter((w): w is IndexedWard => !!w && booleanPointInPolygon([lon, lat], w.geometry as TurfPolygon))
      .sort((a, b) => a.code.localeCompare(b.code));
    return hits[0] ?? null;
  }

  assign: AssignPlace = (place) => {
    switch (place.kind) {
      case 'point': {
        const [lon, lat] = place.geometry.coordinates;
        return this.forWard(this.wardAt(lon, lat));
      }
      case 'area': {
        // Vertex average of the outer ring: good enough for the small areas people draw.
        // Assignment by overlap with the boundaries comes with the boundaries issue.
        const ring = place.geometry.coordinates[0] ?? [];
        const vertices = ring.slice(0, -1);
        if (vertices.length === 0) return OUTSIDE;
        const lon = vertices.reduce((s, p) => s + p[0], 0) / vertices.length;
        const lat = vertices.reduce((s, p) => s + p[1], 0) / vertices.length;
        return this.forWard(this.wardAt(lon, lat));
      }
      case 'area-unit': {
        const ward = this.byCode.get(place.areaCode);
        if (ward) return this.forWard(ward);
        if (this.cspsOfDistrict.has(place.areaCode)) {
          return {
            wardCode: null,
            districtCode: place.areaCode,
            cspCode: this.cspOf(place.areaCode),
            outsideArea: false,
          };
        }
        return OUTSIDE;
      }
    }
  };

  private forWard(ward: IndexedWard | null): Assignment {
    if (!ward) return OUTSIDE;
    return {
      wardCode: ward.code,
      districtCode: ward.districtCode,
      cspCode: this.cspOf(ward.districtCode),
      outsideArea: false,
    };
  }

  // A district split between CSPs cannot be resolved from the district alone: leave the CSP
  // unassigned so reports fall back to the CSP the device declared.
  private cspOf(districtCode: string): string | null {
    const csps = this.cspsOfDistrict.get(districtCode) ?? [];
    return csps.length === 1 ? (csps[0] ?? null) : null;
  }
}

export async function loadAreaIndex(db: Db): Promise<AreaIndex> {
  const wards = await db.kysely
    .selectFrom('area_units')
    .select(['code', 'parent_code', 'geometry'])
    .where('level', '=', 'ward')
    .where('geometry', 'is not', null)
    .orderBy('code')
    .execute();
  const links = await db.kysely.selectFrom('csp_districts').select(['csp_code', 'district_code']).execute();
  const cspsOfDistrict = new Map<string, string[]>();
  for (const l of links) {
    cspsOfDistrict.set(l.district_code, [...(cspsOfDistrict.get(l.district_code) ?? []), l.csp_code]);
  }
  return new AreaIndex(
    wards.map((w) => ({
      code: w.code,
      districtCode: w.parent_code ?? '',
      geometry: JSON.parse(w.geometry ?? 'null') as AreaGeometry,
    })),
    cspsOfDistrict,
  );
}

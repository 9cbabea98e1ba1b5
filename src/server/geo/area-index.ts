// Assigns a priority's place to ward, district, police neighbourhood and CSP in every boundary
// vintage the store holds. The vintage in force today fills the priority's own columns; every
// vintage's answer is kept (priority_areas) so a report can count on the vintage in force for
// its period.
import type { Place } from '../../domain/priority';
import type { BoundaryLevel } from '../db/tables';
import { BoundarySet, type IndexedArea } from './boundary-set';
import type { AreaGeometry } from './geometry';

/** Where a place falls in one level at one vintage. */
export interface AreaRow {
  readonly level: BoundaryLevel;
  readonly vintage: string;
  /** null: in no area of this level and vintage. */
  readonly areaCode: string | null;
  /** Other areas a drawn area overlaps (it counts in areaCode, the one it overlaps most). */
  readonly touches: readonly string[];
}

export interface Assignment {
  readonly wardCode: string | null;
  readonly districtCode: string | null;
  readonly cspCode: string | null;
  readonly neighbourhoodCode: string | null;
  /** True when the place is in no area we hold: flagged for review, never dropped. */
  readonly outsideArea: boolean;
  /** Other wards a drawn area overlaps. */
  readonly touchesWards: readonly string[];
  /** Every level in every vintage held. */
  readonly rows: readonly AreaRow[];
}

export type AssignPlace = (place: Place) => Assignment;

export interface Hierarchy {
  /** district code → CSP codes containing it (from the ONS lookup). */
  readonly cspsOfDistrict: ReadonlyMap<string, readonly string[]>;
  /** ward code → CSP, for wards of a district split between CSPs. */
  readonly cspOfWard: ReadonlyMap<string, string>;
  /** Districts the lookup splits between CSPs, even where only one of those CSPs is set up. */
  readonly splitDistricts?: ReadonlySet<string>;
}

/** The vintage in force today for each level that has boundaries. */
export type CurrentVintages = Partial<Record<BoundaryLevel, string>>;

interface Hit {
  readonly area: IndexedArea | null;
  readonly touches: readonly IndexedArea[];
}

const MISS: Hit = { area: null, touches: [] };
const LEVELS: readonly BoundaryLevel[] = ['ward', 'district', 'neighbourhood', 'csp'];

export class AreaIndex {
  private readonly currentWards: BoundarySet | null;
  private readonly neighbourhoodHits = new Map<string, Hit>();

  constructor(
    readonly sets: readonly BoundarySet[],
    private readonly hierarchy: Hierarchy,
    readonly current: CurrentVintages,
  ) {
    this.currentWards = sets.find((s) => s.level === 'ward' && s.vintage === current.ward) ?? null;
  }

  /** One vintage of wards, districts from their parents: what tests and benchmarks build. */
  static ofWards(
    wards: readonly { code: string; districtCode: string; geometry: AreaGeometry; name?: string }[],
    cspsOfDistrict: ReadonlyMap<string, readonly string[]>,
    vintage = 'current',
  ): AreaIndex {
    const set = new BoundarySet(
      'ward',
      vintage,
      wards.map((w) => ({
        code: w.code,
        name: w.name ?? w.code,
        parentCode: w.districtCode,
        geometry: w.geometry,
      })),
    );
    return new AreaIndex([set], { cspsOfDistrict, cspOfWard: new Map() }, { ward: vintage });
  }

  /** The ward of the vintage in force containing a point. */
  wardAt(lon: number, lat: number): IndexedArea | null {
    return this.currentWards?.at(lon, lat) ?? null;
  }

  assign: AssignPlace = (place) => {
    const rows = this.rowsFor(place);
    const pick = (level: BoundaryLevel) => {
      const vintage = this.current[level] ?? this.current.ward;
      return rows.find((r) => r.level === level && r.vintage === vintage) ?? null;
    };
    const ward = pick('ward');
    const districtCode = pick('district')?.areaCode ?? null;
    const cspCode = pick('csp')?.areaCode ?? null;
    const neighbourhoodCode = pick('neighbourhood')?.areaCode ?? null;
    const wardCode = ward?.areaCode ?? null;
    return {
      wardCode,
      districtCode,
      cspCode,
      neighbourhoodCode,
      outsideArea: !wardCode && !districtCode && !cspCode && !neighbourhoodCode,
      touchesWards: ward?.touches ?? [],
      rows,
    };
  };

  /** The place's area in every level and vintage; limited to some sets when re-assigning. */
  rowsFor(place: Place, only?: (set: BoundarySet) => boolean): AreaRow[] {
    const [single] = this.sets;
    if (this.sets.length === 1 && single?.level === 'ward' && place.kind !== 'area-unit' && !only) {
      // The usual store (one ward vintage): no merging to do, and ingest speed depends on it.
      const hit = this.hit(place, single);
      return [row('ward', single.vintage, hit.area, hit.touches), ...this.fromWards(single.vintage, hit)];
    }
    const direct = new Map<string, AreaRow>();
    const derived: AreaRow[] = [];
    for (const set of this.sets) {
      if (only && !only(set)) continue;
      const hit = this.hit(place, set);
      direct.set(`${set.level}/${set.vintage}`, row(set.level, set.vintage, hit.area, hit.touches));
      if (set.level === 'ward') derived.push(...this.fromWards(set.vintage, hit));
    }
    if (place.kind === 'area-unit' && this.hierarchy.cspsOfDistrict.has(place.areaCode)) {
      // A district chosen as a whole: no ward, but the district and (if whole) its CSP.
      for (const set of this.sets.filter((s) => s.level === 'ward' && (!only || only(s)))) {
        derived.push(rowOf('district', set.vintage, place.areaCode));
        derived.push(rowOf('csp', set.vintage, this.cspOfDistrict(place.areaCode)));
      }
    }
    // Boundaries imported for a level decide it where they hold the place; rows derived from
    // wards fill the rest, a found area beating a miss (a district chosen whole has no ward
    // but is still a district).
    const fill = new Map<string, AreaRow>();
    for (const r of derived) {
      const key = `${r.level}/${r.vintage}`;
      // Boundaries held for only some CSPs (or districts) must not hide what the wards say.
      if (direct.get(key)?.areaCode) continue;
      if (!fill.has(key) || (fill.get(key)?.areaCode === null && r.areaCode !== null)) fill.set(key, r);
    }
    for (const [key, r] of fill) direct.set(key, r);
    return [...direct.values()].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  }

  private hit(place: Place, set: BoundarySet): Hit {
    switch (place.kind) {
      case 'point': {
        const [lon, lat] = place.geometry.coordinates;
        return { area: set.at(lon, lat), touches: [] };
      }
      case 'area': {
        try {
          return byOverlap(set, place.geometry);
        } catch {
          // A self-crossing drawing cannot be intersected: fall back to its vertex average.
          const ring = place.geometry.coordinates[0]?.slice(0, -1) ?? [];
          if (ring.length === 0) return MISS;
          const lon = ring.reduce((s, p) => s + (p[0] ?? 0), 0) / ring.length;
          const lat = ring.reduce((s, p) => s + (p[1] ?? 0), 0) / ring.length;
          return { area: set.at(lon, lat), touches: [] };
        }
      }
      case 'area-unit':
        return { area: set.byCode.get(place.areaCode) ?? null, touches: [] };
      case 'neighbourhood':
        return this.neighbourhoodHit(place.neighbourhoodCode, set);
    }
  }

  /**
   * A police neighbourhood chosen from the list is that neighbourhood; in the other levels it goes,
   * like a drawn area, to the area it overlaps most (the rest are touches). Worked out once per
   * neighbourhood and boundary set: the index is rebuilt whenever boundaries change.
   */
  private neighbourhoodHit(code: string, set: BoundarySet): Hit {
    if (set.level === 'neighbourhood') return { area: set.byCode.get(code) ?? null, touches: [] };
    const key = `${set.level}/${set.vintage}/${code}`;
    let hit = this.neighbourhoodHits.get(key);
    if (!hit) {
      const shape = this.neighbourhoodShape(code);
      try {
        hit = shape ? byOverlap(set, shape) : MISS;
      } catch {
        // A shape turf cannot intersect: counted as outside the area (flagged), never a failed push.
        hit = MISS;
      }
      this.neighbourhoodHits.set(key, hit);
    }
    return hit;
  }

  /** The neighbourhood's outline in the vintage in force, else in any vintage that has it. */
  private neighbourhoodShape(code: string): AreaGeometry | undefined {
    const sets = this.sets.filter((s) => s.level === 'neighbourhood');
    const current = sets.find((s) => s.vintage === this.current.neighbourhood);
    return (current?.byCode.get(code) ?? sets.map((s) => s.byCode.get(code)).find(Boolean))?.geometry;
  }

  private fromWards(vintage: string, hit: Hit): AreaRow[] {
    const district = (w: IndexedArea) => w.parentCode;
    const csp = (w: IndexedArea) => this.hierarchy.cspOfWard.get(w.code) ?? this.cspOfDistrict(w.parentCode);
    const others = (f: (w: IndexedArea) => string | null, primary: string | null) =>
      hit.touches.length === 0
        ? []
        : [...new Set(hit.touches.map(f))].filter((c): c is string => !!c && c !== primary);
    const d = hit.area ? district(hit.area) : null;
    const c = hit.area ? csp(hit.area) : null;
    return [
      { level: 'district', vintage, areaCode: d, touches: others(district, d) },
      { level: 'csp', vintage, areaCode: c, touches: others(csp, c) },
    ];
  }

  // A district split between CSPs cannot be resolved from the district alone: only a ward
  // mapping (csp_wards) can, so without one the CSP stays unassigned and reports fall back to
  // the CSP the device declared.
  private cspOfDistrict(districtCode: string | null): string | null {
    if (!districtCode || this.hierarchy.splitDistricts?.has(districtCode)) return null;
    const csps = this.hierarchy.cspsOfDistrict.get(districtCode) ?? [];
    return csps.length === 1 ? (csps[0] ?? null) : null;
  }
}

function byOverlap(set: BoundarySet, shape: AreaGeometry): Hit {
  const [first, ...rest] = set.overlaps(shape);
  return first ? { area: first.area, touches: rest.map((o) => o.area) } : MISS;
}

function row(
  level: BoundaryLevel,
  vintage: string,
  area: IndexedArea | null,
  touches: readonly IndexedArea[],
): AreaRow {
  return { level, vintage, areaCode: area?.code ?? null, touches: touches.map((t) => t.code) };
}

function rowOf(level: BoundaryLevel, vintage: string, code: string | null): AreaRow {
  return { level, vintage, areaCode: code, touches: [] };
}

export { loadAreaIndex } from './load-area-index';

// The public view of priorities: what anyone may see. Published and not sensitive only, points
// snapped to a grid, support counts under 5 suppressed, and nothing about who raised it.
import type { ResponseStatus } from './response-status';

export const DEFAULT_PUBLIC_GRID_METRES = 100;
/** "Me too" offers published priorities of the same theme within this distance of a new pin. */
export const DEFAULT_ME_TOO_RADIUS_METRES = 250;
/**
 * Counts from 1 up to below this are shown as "fewer than 5", so a small group of backers cannot
 * be singled out. None at all is said as none: it singles no one out, and "fewer than 5" for a
 * priority no one has backed is untrue.
 */
export const SUPPORT_SUPPRESS_BELOW = 5;
export const MAX_PUBLIC_PAGE = 2000;
export const DEFAULT_PUBLIC_PAGE = 1000;

export type PublicPlace =
  | { readonly kind: 'point'; readonly coordinates: readonly [number, number] }
  | { readonly kind: 'area-unit'; readonly areaCode: string };

/**
 * The latest "you said, we did" as anyone may read it (the public feed and the public agenda):
 * built only by publicProgress in progress-words.ts, never naming who recorded it.
 */
export interface PublicProgress {
  readonly status: ResponseStatus;
  /** YYYY-MM: the month is enough; a day and time could tie it to a visit to someone's door. */
  readonly month: string;
  /** What was done, or '' when the words may not be shown (see shareableProgressWords). */
  readonly action: string;
  /** Why it is not possible, or ''. */
  readonly reason: string;
}

export interface PublicPriority {
  readonly id: string;
  readonly cspCode: string;
  readonly themeKey: string;
  readonly wardCode: string | null;
  readonly place: PublicPlace;
  /** Moderated text. */
  readonly description: string;
  /** "Me too" supports: 0 for none, null for 1 to SUPPORT_SUPPRESS_BELOW - 1, else the count. */
  readonly supportCount: number | null;
  /** YYYY-MM-DD: the day is enough, the time of day could identify someone. */
  readonly createdOn: string;
  readonly status: 'published';
  /** The latest progress, absent until there is some ("open" is not progress). */
  readonly progress?: PublicProgress;
}

/** Does this public priority have progress to show (the map's and list's filter, the board)? */
export const hasProgress = (p: PublicPriority): p is PublicPriority & { progress: PublicProgress } =>
  p.progress !== undefined;

export interface PublicPage {
  readonly items: readonly PublicPriority[];
  /** Send back to get the next page; '' when there is none. */
  readonly cursor: string;
  readonly more: boolean;
}

export function suppressSupport(count: number): number | null {
  if (count <= 0) return 0;
  return count < SUPPORT_SUPPRESS_BELOW ? null : count;
}

const METRES_PER_DEGREE_LAT = 111_320;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The centre of the grid cell (about `metres` on a side) holding the point. Rows are fixed in
 * latitude; columns are fixed per row, so every point in a cell snaps to the same place and
 * the published point says no more than "somewhere in this cell".
 */
export function snapToGrid(lon: number, lat: number, metres: number): [number, number] {
  const latStep = metres / METRES_PER_DEGREE_LAT;
  const row = Math.floor(lat / latStep);
  const snappedLat = (row + 0.5) * latStep;
  const lonStep = metres / (METRES_PER_DEGREE_LAT * Math.cos((snappedLat * Math.PI) / 180));
  const snappedLon = (Math.floor(lon / lonStep) + 0.5) * lonStep;
  return [round6(snappedLon), round6(snappedLat)];
}

/** Area-weighted centroid of a polygon's outer ring (holes barely move it at this precision). */
export function ringCentroid(ring: readonly (readonly number[])[]): [number, number] {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-15) {
    // A degenerate ring: fall back to the mean of its vertices.
    const n = Math.max(1, ring.length);
    return [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

/** Metres between two points (haversine): for "nearby" offers and tests. */
export function distanceMetres(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

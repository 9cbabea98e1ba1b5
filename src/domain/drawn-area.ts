// Rules for an area a person draws (a stretch of street, a park): enough distinct corners,
// a closed ring, no crossing edges, and a size that is still "a place", not a district.

export type Corner = readonly [lon: number, lat: number];

export const MIN_CORNERS = 3;
export const MAX_CORNERS = 200;
/** Larger than this is better said by choosing a ward. */
export const MAX_AREA_KM2 = 25;

/** Six decimal places is about 10 cm: more is false precision and bigger payloads. */
export const roundCoordinate = (n: number) => Math.round(n * 1e6) / 1e6;

const same = (a: Corner, b: Corner) => a[0] === b[0] && a[1] === b[1];

/** Corners without repeats next to each other, rounded. */
export function tidyCorners(corners: readonly Corner[]): Corner[] {
  const out: Corner[] = [];
  for (const c of corners) {
    const r: Corner = [roundCoordinate(c[0]), roundCoordinate(c[1])];
    if (!out.length || !same(out.at(-1)!, r)) out.push(r);
  }
  if (out.length > 1 && same(out[0]!, out.at(-1)!)) out.pop();
  return out;
}

/** The GeoJSON ring: the corners, closed by repeating the first. */
export const closeRing = (corners: readonly Corner[]): [number, number][] =>
  corners.length ? [...corners, corners[0]!].map(([lon, lat]) => [lon, lat]) : [];

function cross(o: Corner, a: Corner, b: Corner): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function segmentsCross(a: Corner, b: Corner, c: Corner, d: Corner): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether two non-adjacent edges of the closed ring cross (a figure of eight). */
export function selfIntersects(corners: readonly Corner[]): boolean {
  const n = corners.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // these two edges share the first corner
      if (segmentsCross(corners[i]!, corners[(i + 1) % n]!, corners[j]!, corners[(j + 1) % n]!)) return true;
    }
  }
  return false;
}

/** Area in km² on a local equirectangular projection: ample for areas of a few km. */
export function areaKm2(corners: readonly Corner[]): number {
  if (corners.length < 3) return 0;
  const lat0 = (corners.reduce((s, c) => s + c[1], 0) / corners.length) * (Math.PI / 180);
  const kmPerDegLat = 111.32;
  const kmPerDegLon = 111.32 * Math.cos(lat0);
  let twice = 0;
  corners.forEach((a, i) => {
    const b = corners[(i + 1) % corners.length]!;
    twice += a[0] * kmPerDegLon * (b[1] * kmPerDegLat) - b[0] * kmPerDegLon * (a[1] * kmPerDegLat);
  });
  return Math.abs(twice) / 2;
}

/** Why these corners cannot make an area yet, in words for the person, or undefined if they can. */
export function drawnAreaProblem(corners: readonly Corner[]): string | undefined {
  const tidy = tidyCorners(corners);
  if (tidy.length < MIN_CORNERS) return `An area needs at least ${MIN_CORNERS} corners.`;
  if (tidy.length > MAX_CORNERS) return `An area may have at most ${MAX_CORNERS} corners.`;
  if (selfIntersects(tidy)) return 'The edges of the area cross each other: undo a corner and try again.';
  if (areaKm2(tidy) < 1e-6) return 'The corners lie in a line: add a corner to the side.';
  if (areaKm2(tidy) > MAX_AREA_KM2)
    return `The area is larger than ${MAX_AREA_KM2} km²: choose a ward instead, or draw a smaller area.`;
  return undefined;
}

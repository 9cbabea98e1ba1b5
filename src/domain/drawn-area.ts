// Rules for an area a person draws (a stretch of street, a park): enough distinct corners, a
// closed ring that never crosses or touches itself, inside England and Wales, and a size that is
// still "a place", not a district. The device checks them while drawing and the store checks the
// same rules again on every record it receives (PrioritySchema), so the two always agree.

export type Corner = readonly [lon: number, lat: number];

export const MIN_CORNERS = 3;
export const MAX_CORNERS = 200;
/** Larger than this is better said by choosing a ward. */
export const MAX_AREA_KM2 = 25;
/** Smaller than this (1 m²) the corners are as good as in a line. */
export const MIN_AREA_KM2 = 1e-6;
/** The bounding box of England and Wales (Isles of Scilly to Lowestoft, the Lizard to Berwick). */
export const ENGLAND_AND_WALES_BOUNDS = { west: -6.5, south: 49.8, east: 1.8, north: 55.85 } as const;

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

const side = (o: Corner, a: Corner, b: Corner) => Math.sign(cross(o, a, b));

/** Whether q, known to be on the line through p and r, lies on the segment between them. */
const within = (p: Corner, q: Corner, r: Corner) =>
  Math.min(p[0], r[0]) <= q[0] &&
  q[0] <= Math.max(p[0], r[0]) &&
  Math.min(p[1], r[1]) <= q[1] &&
  q[1] <= Math.max(p[1], r[1]);

/** Whether segments ab and cd share any point (crossing, touching or overlapping). */
function segmentsMeet(a: Corner, b: Corner, c: Corner, d: Corner): boolean {
  const s1 = side(a, b, c);
  const s2 = side(a, b, d);
  const s3 = side(c, d, a);
  const s4 = side(c, d, b);
  if (s1 !== s2 && s3 !== s4) return true;
  return (
    (s1 === 0 && within(a, c, b)) ||
    (s2 === 0 && within(a, d, b)) ||
    (s3 === 0 && within(c, a, d)) ||
    (s4 === 0 && within(c, b, d))
  );
}

/** Whether the edge from a to b and the next one, from b to c, run back over each other. */
const doublesBack = (a: Corner, b: Corner, c: Corner) =>
  cross(a, b, c) === 0 && (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]) < 0;

/**
 * Whether the closed ring crosses or touches itself: two edges that are not neighbours meet
 * anywhere (a figure of eight, a corner on another edge), or two neighbours run back over each
 * other (a spike).
 */
export function selfIntersects(corners: readonly Corner[]): boolean {
  const n = corners.length;
  const at = (i: number) => corners[i % n]!;
  for (let i = 0; i < n; i++) {
    if (n >= 3 && doublesBack(at(i), at(i + 1), at(i + 2))) return true;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // these two edges share the first corner
      if (segmentsMeet(at(i), at(i + 1), at(j), at(j + 1))) return true;
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

const inEnglandAndWales = ([lon, lat]: Corner) =>
  lon >= ENGLAND_AND_WALES_BOUNDS.west &&
  lon <= ENGLAND_AND_WALES_BOUNDS.east &&
  lat >= ENGLAND_AND_WALES_BOUNDS.south &&
  lat <= ENGLAND_AND_WALES_BOUNDS.north;

const allInLine = (corners: readonly Corner[]) =>
  corners.every((c) => cross(corners[0]!, corners[1]!, c) === 0);

function hasRepeatedCorner(corners: readonly Corner[]): boolean {
  const seen = new Set(corners.map(([lon, lat]) => `${lon},${lat}`));
  return seen.size < corners.length;
}

export type AreaFault =
  | { kind: 'too-few' | 'too-many' | 'outside' | 'repeated' | 'line' | 'crossing' }
  | { kind: 'too-large'; km2: number };

/** What is wrong with these corners (the ring without its closing repeat), or undefined. */
export function areaFault(corners: readonly Corner[]): AreaFault | undefined {
  if (corners.length > MAX_CORNERS) return { kind: 'too-many' };
  // Checked before any arithmetic, so huge or hostile numbers never reach it.
  if (!corners.every(inEnglandAndWales)) return { kind: 'outside' };
  if (hasRepeatedCorner(corners)) return { kind: 'repeated' };
  if (corners.length < MIN_CORNERS) return { kind: 'too-few' };
  if (allInLine(corners)) return { kind: 'line' };
  if (selfIntersects(corners)) return { kind: 'crossing' };
  const km2 = areaKm2(corners);
  if (km2 < MIN_AREA_KM2) return { kind: 'line' };
  if (km2 > MAX_AREA_KM2) return { kind: 'too-large', km2 };
  return undefined;
}

const FOR_THE_PERSON: Record<AreaFault['kind'], string> = {
  'too-few': `An area needs at least ${MIN_CORNERS} corners.`,
  'too-many': `An area may have at most ${MAX_CORNERS} corners.`,
  outside: 'The area must be in England or Wales.',
  repeated: 'Two corners are in the same place: undo a corner and try again.',
  line: 'The corners lie in a line: add a corner to the side.',
  crossing: 'The edges of the area cross each other: undo a corner and try again.',
  'too-large': `The area is larger than ${MAX_AREA_KM2} km²: choose a ward instead, or draw a smaller area.`,
};

/** Why these corners cannot make an area yet, in words for the person, or undefined if they can. */
export function drawnAreaProblem(corners: readonly Corner[]): string | undefined {
  const tidy = tidyCorners(corners);
  // Too few after tidying says more than "two corners are in the same place".
  if (tidy.length < MIN_CORNERS) return FOR_THE_PERSON['too-few'];
  const fault = areaFault(tidy);
  return fault && FOR_THE_PERSON[fault.kind];
}

const { west, south, east, north } = ENGLAND_AND_WALES_BOUNDS;

/** Why a received Polygon ring (closed, as GeoJSON) is not a drawn area, for a field-level error. */
export function drawnRingProblem(ring: readonly Corner[]): string | undefined {
  const fault = areaFault(ring.slice(0, -1));
  if (!fault) return undefined;
  switch (fault.kind) {
    case 'too-few':
      return `a drawn area needs at least ${MIN_CORNERS} distinct corners`;
    case 'too-many':
      return `a drawn area may have at most ${MAX_CORNERS} corners`;
    case 'outside':
      return `every corner must be in England or Wales (longitude ${west} to ${east}, latitude ${south} to ${north})`;
    case 'repeated':
      return 'a corner appears twice: the outline must not touch itself';
    case 'line':
      return 'the corners lie in a line: the area has no size';
    case 'crossing':
      return 'the outline crosses or touches itself';
    case 'too-large':
      return `the area is ${fault.km2.toFixed(1)} km²; a drawn area may be at most ${MAX_AREA_KM2} km² (choose a ward for anything larger)`;
  }
}

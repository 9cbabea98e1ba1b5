// Recognises the coordinate reference system of a boundary file and converts British National
// Grid (EPSG:27700) to WGS84 with proj4. Anything else that is not WGS84 is refused by name.
import proj4 from 'proj4';

export type CrsKind = 'wgs84' | 'bng';

export interface CrsDecision {
  readonly kind: CrsKind;
  /** How it was recognised, for the import summary. */
  readonly reason: string;
}

// The OSGB36 Transverse Mercator definition with the Ordnance Survey's 7-parameter Helmert
// shift to WGS84 (accurate to a few metres, far finer than super-generalised boundaries).
const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const toWgs84 = proj4(BNG, 'WGS84');

export class CrsError extends Error {}

function crsName(collection: unknown): string | null {
  const crs = (collection as { crs?: { properties?: { name?: unknown } } } | null)?.crs;
  const name = crs?.properties?.name;
  return typeof name === 'string' ? name : null;
}

/** Every [x, y] of the file's geometries, as a flat walk (no copies). */
export function* positions(coords: unknown): Generator<[number, number]> {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') {
    yield [coords[0] as number, coords[1] as number];
    return;
  }
  for (const c of coords) yield* positions(c);
}

export function decideCrs(collection: unknown, geometries: readonly unknown[]): CrsDecision {
  const named = crsName(collection);
  if (named) {
    if (/(?:EPSG:+|epsg\/0\/)27700$/i.test(named)) return { kind: 'bng', reason: `crs member ${named}` };
    if (/CRS84$|(?:EPSG:+|epsg\/0\/)4326$/i.test(named))
      return { kind: 'wgs84', reason: `crs member ${named}` };
    throw new CrsError(
      `the file's coordinates are in ${named}; only WGS84 (EPSG:4326) and British National Grid (EPSG:27700) can be imported — reproject it first (e.g. ogr2ogr -t_srs EPSG:4326)`,
    );
  }
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    for (const [x, y] of positions((g as { coordinates?: unknown } | null)?.coordinates)) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX === Infinity) return { kind: 'wgs84', reason: 'no coordinates' };
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) {
    // England and Wales span about 49.8°–55.9° N and 6.4° W–1.8° E; swapped axes would put
    // the latitudes first.
    if (minX > 49 && maxX < 61 && minY > -9 && maxY < 3) {
      throw new CrsError(
        'the coordinates look like [latitude, longitude]; GeoJSON needs [longitude, latitude] — swap the axes first',
      );
    }
    return { kind: 'wgs84', reason: 'coordinate ranges (degrees)' };
  }
  if (minX >= -100_000 && maxX <= 800_000 && minY >= -100_000 && maxY <= 1_400_000) {
    return { kind: 'bng', reason: 'coordinate ranges (metres in the British National Grid extent)' };
  }
  throw new CrsError(
    `the coordinates (x ${minX}…${maxX}, y ${minY}…${maxY}) are neither WGS84 degrees nor British National Grid metres, and the file names no crs; reproject it to EPSG:4326 first`,
  );
}

const round7 = (n: number) => Math.round(n * 1e7) / 1e7;

/** A copy of nested coordinate arrays converted from British National Grid to WGS84. */
export function bngToWgs84(coords: unknown): unknown {
  if (!Array.isArray(coords)) return coords;
  if (typeof coords[0] === 'number') {
    const [lon, lat] = toWgs84.forward([coords[0] as number, coords[1] as number]);
    return [round7(lon as number), round7(lat as number)];
  }
  return coords.map(bngToWgs84);
}

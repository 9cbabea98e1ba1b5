// Web-mercator tile arithmetic for offline maps: which tiles cover an area at which zooms,
// and how many bytes that is likely to be. Shared by the page (pre-download) and the worker.

/** Tiles seen while browsing: bounded in count and age by the service worker. */
export const VIEWED_TILE_CACHE = 'np-tiles-viewed';
/** Tiles a person chose to save for offline use: kept until they remove them. */
export const SAVED_TILE_CACHE = 'np-tiles-saved';
/** A CSP's own basemap as one PMTiles file, saved whole. */
export const PMTILES_CACHE = 'np-basemap-pmtiles';

export const VIEWED_TILE_MAX_ENTRIES = 2000;
export const VIEWED_TILE_MAX_AGE_S = 30 * 24 * 60 * 60;

export type Bbox = readonly [west: number, south: number, east: number, north: number];

export interface TileXyz {
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

export interface TileRange {
  readonly z: number;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

const MAX_LAT = 85.05112878;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

export function lonLatToTile(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
  const x = Math.floor(((clamp(lon, -180, 180) + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { x: clamp(x, 0, n - 1), y: clamp(y, 0, n - 1) };
}

export function tileRange(bbox: Bbox, z: number): TileRange {
  const [west, south, east, north] = bbox;
  const nw = lonLatToTile(west, north, z);
  const se = lonLatToTile(east, south, z);
  return { z, minX: nw.x, maxX: se.x, minY: nw.y, maxY: se.y };
}

export function zoomList(from: number, to: number): number[] {
  const out: number[] = [];
  for (let z = Math.min(from, to); z <= Math.max(from, to); z++) out.push(z);
  return out;
}

export function countTiles(bbox: Bbox, zooms: readonly number[]): number {
  return zooms.reduce((sum, z) => {
    const r = tileRange(bbox, z);
    return sum + (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
  }, 0);
}

/** Every tile covering the box, lowest zoom first, so an interrupted save is still useful. */
export function* tilesIn(bbox: Bbox, zooms: readonly number[]): Generator<TileXyz> {
  for (const z of [...zooms].sort((a, b) => a - b)) {
    const r = tileRange(bbox, z);
    for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) yield { z, x, y };
  }
}

/** Fills a Leaflet-style template: {z} {x} {y}, {s} (first subdomain "a") and {r} (standard resolution). */
export function tileUrl(template: string, t: TileXyz): string {
  return template
    .replaceAll('{z}', String(t.z))
    .replaceAll('{x}', String(t.x))
    .replaceAll('{y}', String(t.y))
    .replaceAll('{s}', 'a')
    .replaceAll('{r}', '');
}

/** The bounding box of a GeoJSON polygon or multipolygon. */
export function geometryBbox(geometry: {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}): Bbox {
  let west = 180;
  let south = 90;
  let east = -180;
  let north = -90;
  const rings = (
    geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as number[][][][]).flat()
  ) as number[][][];
  for (const ring of rings)
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  return [west, south, east, north];
}

/** Map tile URLs look like …/z/x/y.ext (optionally @2x): how the worker knows a tile. */
export const TILE_PATH = /\/\d{1,2}\/\d+\/\d+(@2x)?\.(png|jpe?g|webp|pbf|mvt)(\?.*)?$/i;

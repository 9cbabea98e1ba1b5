// Reads a boundary file into areas ready to store: a GeoJSON FeatureCollection (or one Feature
// or bare geometry), or the police.uk neighbourhood boundary format ([{latitude, longitude}]).
// Bad features are reported with the reason and skipped; the rest are kept.
import type { BoundaryLevel } from '../db/tables';
import type { AreaGeometry } from '../geo/geometry';
import { bngToWgs84, type CrsDecision, decideCrs } from './crs';
import { chooseProperties, type Properties, type PropertyChoice, propertyText } from './properties';
import { geometryProblem } from './validity';

export interface ParsedArea {
  readonly code: string;
  readonly name: string;
  /** The Welsh name, when the file carries one (ONS WD23NMW). */
  readonly nameCy?: string | null;
  readonly parentCode: string | null;
  readonly parentName: string | null;
  readonly parentNameCy?: string | null;
  readonly geometry: AreaGeometry;
}

export interface SkippedFeature {
  /** 1-based position in the file. */
  readonly feature: number;
  readonly code: string | null;
  readonly reason: string;
}

export interface ParsedFile {
  readonly format: 'geojson' | 'police.uk';
  readonly areas: ParsedArea[];
  readonly skipped: SkippedFeature[];
  readonly crs: CrsDecision;
  readonly properties: PropertyChoice | null;
  /** Codes that came in several features and were joined into one MultiPolygon. */
  readonly merged: string[];
}

export interface ParseOptions {
  readonly level: BoundaryLevel;
  readonly codeProp?: string | undefined;
  readonly nameProp?: string | undefined;
  /** For a file holding one area without properties (police.uk format, a bare geometry). */
  readonly code?: string | undefined;
  readonly name?: string | undefined;
  /** Called every so often with features read so far. */
  readonly progress?: ((done: number, total: number) => void) | undefined;
}

interface RawFeature {
  readonly properties: Properties;
  readonly geometry: unknown;
}

export class BoundaryFileError extends Error {}

export function parseBoundaryFile(text: string, options: ParseOptions): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BoundaryFileError(`not JSON: ${(error as Error).message}`);
  }
  if (isPoliceUkBoundary(json)) return policeUk(json, options);
  const raw = rawFeatures(json, options);
  const crs = decideCrs(
    json,
    raw.map((f) => f.geometry),
  );
  const single = options.code !== undefined;
  const choice = single ? null : chooseProperties(options.level, raw[0]?.properties ?? {}, options);
  const byCode = new Map<string, ParsedArea>();
  const merged = new Set<string>();
  const skipped: SkippedFeature[] = [];
  for (const [i, f] of raw.entries()) {
    if (i % 500 === 0) options.progress?.(i, raw.length);
    const code = choice ? propertyText(f.properties, choice.code) : (options.code ?? null);
    const name = choice ? propertyText(f.properties, choice.name) : (options.name ?? code);
    if (!code) {
      skipped.push({ feature: i + 1, code: null, reason: `no ${choice?.code ?? 'code'} property` });
      continue;
    }
    const geometry = crs.kind === 'bng' ? convert(f.geometry) : f.geometry;
    const problem = geometryProblem(geometry);
    if (problem) {
      skipped.push({ feature: i + 1, code, reason: problem });
      continue;
    }
    const area: ParsedArea = {
      code,
      name: name ?? code,
      nameCy: choice?.nameCy ? propertyText(f.properties, choice.nameCy) : null,
      parentCode: choice?.parent ? propertyText(f.properties, choice.parent) : null,
      parentName: choice?.parent ? parentName(f.properties, choice.parent) : null,
      parentNameCy: choice?.parent ? parentName(f.properties, choice.parent, 'cy') : null,
      geometry: geometry as AreaGeometry,
    };
    const held = byCode.get(code);
    if (held) {
      // Some exports split one area's parts across features: join them.
      merged.add(code);
      byCode.set(code, { ...held, geometry: join(held.geometry, area.geometry) });
    } else byCode.set(code, area);
  }
  options.progress?.(raw.length, raw.length);
  return {
    format: 'geojson',
    areas: [...byCode.values()],
    skipped,
    crs,
    properties: choice,
    merged: [...merged],
  };
}

function rawFeatures(json: unknown, options: ParseOptions): RawFeature[] {
  const j = json as { type?: unknown; features?: unknown; properties?: unknown; geometry?: unknown };
  if (j?.type === 'FeatureCollection' && Array.isArray(j.features)) {
    if (j.features.length === 0) throw new BoundaryFileError('the FeatureCollection has no features');
    return j.features.map((f: { properties?: unknown; geometry?: unknown } | null) => ({
      properties: (f?.properties && typeof f.properties === 'object' ? f.properties : {}) as Properties,
      geometry: f?.geometry ?? null,
    }));
  }
  if (j?.type === 'Feature') {
    return [{ properties: (j.properties ?? {}) as Properties, geometry: j.geometry ?? null }];
  }
  if (j?.type === 'Polygon' || j?.type === 'MultiPolygon') {
    if (!options.code)
      throw new BoundaryFileError('a bare geometry has no properties: pass --code and --name');
    return [{ properties: {}, geometry: j }];
  }
  throw new BoundaryFileError(
    'expected a GeoJSON FeatureCollection, Feature or Polygon, or a police.uk boundary ([{"latitude", "longitude"}, …])',
  );
}

function isPoliceUkBoundary(json: unknown): json is { latitude: unknown; longitude: unknown }[] {
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((p) => p && typeof p === 'object' && 'latitude' in p && 'longitude' in p)
  );
}

/** police.uk gives one neighbourhood's outline as numbers in strings, not always closed. */
function policeUk(points: { latitude: unknown; longitude: unknown }[], options: ParseOptions): ParsedFile {
  if (!options.code || !options.name) {
    throw new BoundaryFileError(
      'a police.uk boundary holds one neighbourhood without its name: pass --code and --name (e.g. --code E23000017_001 --name "Alcester North")',
    );
  }
  const ring = points.map((p) => [Number(p.longitude), Number(p.latitude)]);
  const first = ring[0];
  const last = ring.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  const geometry = { type: 'Polygon', coordinates: [ring] };
  const crs: CrsDecision = { kind: 'wgs84', reason: 'police.uk boundaries are WGS84' };
  const problem = geometryProblem(geometry);
  const area = {
    code: options.code,
    name: options.name,
    nameCy: null,
    parentCode: null,
    parentName: null,
    parentNameCy: null,
  };
  return {
    format: 'police.uk',
    areas: problem ? [] : [{ ...area, geometry: geometry as AreaGeometry }],
    skipped: problem ? [{ feature: 1, code: options.code, reason: problem }] : [],
    crs,
    properties: null,
    merged: [],
  };
}

function convert(geometry: unknown): unknown {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  return g && typeof g === 'object' ? { ...g, coordinates: bngToWgs84(g.coordinates) } : g;
}

function join(a: AreaGeometry, b: AreaGeometry): AreaGeometry {
  const parts = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  return { type: 'MultiPolygon', coordinates: [...parts(a), ...parts(b)] };
}

function parentName(props: Properties, parentKey: string, lang: 'en' | 'cy' = 'en'): string | null {
  // LAD24CD → LAD24NM (Welsh LAD24NMW), lad24_code → lad24_name (Welsh lad24_name_cy).
  const nameKey = parentKey.replace(/CD$/, 'NM').replace(/cd$/, 'nm').replace(/code$/i, 'name');
  if (nameKey === parentKey) return null;
  if (lang === 'en') return propertyText(props, nameKey);
  const welshKey = /NM$/.test(nameKey)
    ? `${nameKey}W`
    : /nm$/.test(nameKey)
      ? `${nameKey}w`
      : `${nameKey}_cy`;
  return propertyText(props, welshKey);
}

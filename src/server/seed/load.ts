// Reads the demo seed files: ward polygons and the ONS district → CSP lookup.
import { readdirSync, readFileSync } from 'node:fs';
import { type AreaGeometry, isAreaGeometry } from '../geo/geometry';
import { parseCsvRecords } from './csv';

export const SEED_DIR = new URL('./warwickshire/', import.meta.url);
const LOOKUP_FILE = 'lad24_csp24_pfa24_lookup.csv';

export interface SeedWard {
  readonly code: string;
  readonly name: string;
  readonly districtCode: string;
  readonly districtName: string;
  readonly geometry: AreaGeometry;
}

export interface SeedCsp {
  readonly code: string;
  readonly name: string;
  readonly districtCodes: readonly string[];
}

export function loadSeedWards(dir: URL = SEED_DIR): SeedWard[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
  return files.flatMap((file) => {
    const collection = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
      features: { properties: Record<string, string>; geometry: unknown }[];
    };
    return collection.features.map((f) => {
      if (!isAreaGeometry(f.geometry)) throw new Error(`${file}: ward geometry must be a polygon`);
      const p = f.properties;
      if (!p.ward22_code || !p.ward22_name || !p.lad24_code || !p.lad24_name) {
        throw new Error(`${file}: a ward is missing ward22_code, ward22_name, lad24_code or lad24_name`);
      }
      return {
        code: p.ward22_code,
        name: p.ward22_name,
        districtCode: p.lad24_code,
        districtName: p.lad24_name,
        geometry: f.geometry,
      };
    });
  });
}

/** The CSPs that contain any of the given districts, with all their member districts. */
export function loadSeedCsps(districtCodes: ReadonlySet<string>, dir: URL = SEED_DIR): SeedCsp[] {
  const rows = parseCsvRecords(readFileSync(new URL(LOOKUP_FILE, dir), 'utf8'));
  const csps = new Map<string, { name: string; districts: string[] }>();
  for (const row of rows) {
    const csp = row.csp24_code;
    const district = row.ltla24_code;
    if (!csp || !district) continue;
    const entry = csps.get(csp) ?? { name: row.csp24_name ?? csp, districts: [] };
    entry.districts.push(district);
    csps.set(csp, entry);
  }
  return [...csps]
    .filter(([, c]) => c.districts.some((d) => districtCodes.has(d)))
    .map(([code, c]) => ({ code, name: c.name, districtCodes: c.districts }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

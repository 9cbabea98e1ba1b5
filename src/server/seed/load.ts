// Reads the demo seed files: each demo area's ward polygons (whatever their ONS layout, found
// the way `areas import` finds them), Welsh names where the files give them, and the ONS
// district → CSP lookup.
import { readdirSync, readFileSync } from 'node:fs';
import { chooseProperties, type Properties, propertyText } from '../boundaries/properties';
import { type AreaGeometry, isAreaGeometry } from '../geo/geometry';
import { parseCsvRecords } from './csv';

/** The demo areas: Warwickshire (five districts, four CSPs) and Swansea, a Welsh CSP. */
export const SEED_DIRS: readonly URL[] = [
  new URL('./warwickshire/', import.meta.url),
  new URL('./swansea/', import.meta.url),
];
/** The ONS lookup covers England and Wales; it sits with the first demo area. */
const LOOKUP = new URL('./warwickshire/lad24_csp24_pfa24_lookup.csv', import.meta.url);
const WELSH_NAMES_FILE = 'welsh_names.csv';

export interface SeedWard {
  readonly code: string;
  readonly name: string;
  /** Welsh name from the file's ONS …NMW column; null where it has none (England). */
  readonly nameCy: string | null;
  readonly districtCode: string;
  readonly districtName: string;
  readonly districtNameCy: string | null;
  readonly geometry: AreaGeometry;
}

export interface SeedCsp {
  readonly code: string;
  readonly name: string;
  readonly nameCy: string | null;
  readonly districtCodes: readonly string[];
}

function wardsOfFile(dir: URL, file: string): SeedWard[] {
  const collection = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
    features: { properties: Properties; geometry: unknown }[];
  };
  const choice = chooseProperties('ward', collection.features[0]?.properties ?? {}, {});
  if (!choice.parent) throw new Error(`${file}: the wards must name their district (LAD…CD)`);
  const parent = choice.parent;
  // LAD23CD → LAD23NM / LAD23NMW, lad24_code → lad24_name.
  const parentName = parent.replace(/CD$/, 'NM').replace(/code$/, 'name');
  return collection.features.map((f) => {
    if (!isAreaGeometry(f.geometry)) throw new Error(`${file}: ward geometry must be a polygon`);
    const text = (key: string | null) => (key ? propertyText(f.properties, key) : null);
    const code = text(choice.code);
    const name = text(choice.name);
    const districtCode = text(parent);
    const districtName = text(parentName);
    if (!code || !name || !districtCode || !districtName) {
      throw new Error(
        `${file}: a ward is missing ${choice.code}, ${choice.name}, ${parent} or ${parentName}`,
      );
    }
    return {
      code,
      name,
      nameCy: text(choice.nameCy),
      districtCode,
      districtName,
      districtNameCy: parentName.endsWith('NM') ? text(`${parentName}W`) : null,
      geometry: f.geometry,
    };
  });
}

export function loadSeedWards(dirs: readonly URL[] = SEED_DIRS): SeedWard[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.geojson'))
      .sort()
      .flatMap((file) => wardsOfFile(dir, file)),
  );
}

/** Welsh names of CSPs (and districts) that a demo area's name list gives, by ONS code. */
function welshNames(dirs: readonly URL[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const dir of dirs) {
    if (!readdirSync(dir).includes(WELSH_NAMES_FILE)) continue;
    for (const row of parseCsvRecords(readFileSync(new URL(WELSH_NAMES_FILE, dir), 'utf8'))) {
      if (row.code && row.name_cy) names.set(row.code, row.name_cy);
    }
  }
  return names;
}

/** The CSPs that contain any of the given districts, with all their member districts. */
export function loadSeedCsps(
  districtCodes: ReadonlySet<string>,
  dirs: readonly URL[] = SEED_DIRS,
  lookup: URL = LOOKUP,
): SeedCsp[] {
  const rows = parseCsvRecords(readFileSync(lookup, 'utf8'));
  const cy = welshNames(dirs);
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
    .map(([code, c]) => ({ code, name: c.name, nameCy: cy.get(code) ?? null, districtCodes: c.districts }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

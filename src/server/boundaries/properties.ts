// Finds the code, name and parent-district properties of a boundary file, whatever its ONS
// vintage or layout: WD13CD/WD13NM, WD24CD, ward22_code, LAD24CD, MapIt-style codes.gss, ….
import type { BoundaryLevel } from '../db/tables';

export type Properties = Readonly<Record<string, unknown>>;

export interface PropertyChoice {
  readonly code: string;
  readonly name: string;
  /** The property holding the Welsh name (ONS WD23NMW, LAD23NMW), when the file has one. */
  readonly nameCy: string | null;
  /** The ward's district, when the file says. */
  readonly parent: string | null;
  /** Year read from a property name such as WD24CD (2024) or ward22_code (2022). */
  readonly vintage: string | null;
}

const ONS_CODE = /^[EWSN]\d{8}$/;

// Prefix per level in ONS names (WD24CD, LAD24CD, CSP24CD) and in lower-case exports (ward22_code).
const CODE_PATTERNS: Record<BoundaryLevel, RegExp[]> = {
  ward: [/^wd(\d{2})cd$/i, /^ward(\d{2})_?code$/i, /^ward_?code$/i],
  district: [/^(?:lad|ltla)(\d{2})cd$/i, /^(?:lad|ltla)(\d{2})_?code$/i, /^(?:lad|district)_?code$/i],
  csp: [/^csp(\d{2})cd$/i, /^csp(\d{2})_?code$/i, /^csp_?code$/i],
  neighbourhood: [/^pfn(\d{2})?cd$/i, /^pfn$/i, /^neighbourhood_?(?:code|id)$/i],
};
const NAME_PATTERNS: Record<BoundaryLevel, RegExp[]> = {
  ward: [/^wd(\d{2})nm$/i, /^ward(\d{2})_?name$/i, /^ward_?name$/i],
  district: [/^(?:lad|ltla)(\d{2})nm$/i, /^(?:lad|ltla)(\d{2})_?name$/i, /^(?:lad|district)_?name$/i],
  csp: [/^csp(\d{2})nm$/i, /^csp(\d{2})_?name$/i, /^csp_?name$/i],
  neighbourhood: [/^pfn(\d{2})?nm$/i, /^pfnn$/i, /^neighbourhood_?name$/i],
};
// ONS adds W to the name column for the Welsh name (WD23NMW); other exports say cy or welsh.
const NAME_CY_PATTERNS: Record<BoundaryLevel, RegExp[]> = {
  ward: [/^wd(\d{2})nmw$/i, /^ward(\d{2})_?name_?(?:cy|welsh)$/i, /^ward_?name_?(?:cy|welsh)$/i],
  district: [/^(?:lad|ltla)(\d{2})nmw$/i, /^(?:lad|ltla)(\d{2})_?name_?(?:cy|welsh)$/i],
  csp: [/^csp(\d{2})nmw$/i, /^csp(\d{2})_?name_?(?:cy|welsh)$/i],
  neighbourhood: [/^pfn(\d{2})?nmw$/i, /^neighbourhood_?name_?(?:cy|welsh)$/i],
};
const GENERIC_NAME_CY = [/^name_?(?:cy|welsh)$/i, /^nmw$/i];
const PARENT_PATTERNS = [/^(?:lad|ltla)(\d{2})cd$/i, /^(?:lad|ltla)(\d{2})_?code$/i, /^lad_?code$/i];
// Generic names used by MapIt and hand-made files, tried after the level-specific ones.
const GENERIC_CODE = [/^codes\.gss$/i, /^gss(?:_?code)?$/i, /^code$/i];
const GENERIC_NAME = [/^name$/i, /^nm$/i];

/** Properties flattened one level deep, so MapIt's {codes: {gss}} is reachable as codes.gss. */
export function flatten(props: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k2, v2] of Object.entries(v as Properties)) out[`${k}.${k2}`] = v2;
    } else out[k] = v;
  }
  return out;
}

function find(
  keys: readonly string[],
  patterns: readonly RegExp[],
): { key: string; year: string | null } | null {
  for (const pattern of patterns) {
    // Newest vintage first when a file carries several (WD13CD and WD24CD).
    const matches = keys
      .map((key) => ({ key, m: pattern.exec(key) }))
      .filter((x) => x.m)
      .sort((a, b) => (b.m?.[1] ?? '').localeCompare(a.m?.[1] ?? ''));
    const best = matches[0];
    if (best) return { key: best.key, year: best.m?.[1] ? `20${best.m[1]}` : null };
  }
  return null;
}

/**
 * Chooses properties from the first feature. Explicit flags win; otherwise the level's ONS
 * names, then generic ones. Throws a message naming the properties the file has.
 */
export function chooseProperties(
  level: BoundaryLevel,
  sample: Properties,
  flags: { codeProp?: string | undefined; nameProp?: string | undefined },
): PropertyChoice {
  const flat = flatten(sample);
  const keys = Object.keys(flat);
  const has = (k: string) => keys.includes(k);
  const listed = keys.join(', ') || '(none)';
  if (flags.codeProp && !has(flags.codeProp)) {
    throw new Error(`--code-prop ${flags.codeProp} is not a property of the features; they have: ${listed}`);
  }
  if (flags.nameProp && !has(flags.nameProp)) {
    throw new Error(`--name-prop ${flags.nameProp} is not a property of the features; they have: ${listed}`);
  }
  const codeFound = flags.codeProp
    ? { key: flags.codeProp, year: null }
    : (find(keys, CODE_PATTERNS[level]) ??
      find(
        keys.filter((k) => level === 'neighbourhood' || ONS_CODE.test(String(flat[k]))),
        GENERIC_CODE,
      ));
  if (!codeFound) {
    throw new Error(
      `cannot tell which property holds the ${level} code; pass --code-prop (the features have: ${listed})`,
    );
  }
  const nameFound = flags.nameProp
    ? { key: flags.nameProp, year: null }
    : (find(keys, NAME_PATTERNS[level]) ?? find(keys, GENERIC_NAME));
  if (!nameFound) {
    throw new Error(
      `cannot tell which property holds the ${level} name; pass --name-prop (the features have: ${listed})`,
    );
  }
  const nameCy = find(keys, NAME_CY_PATTERNS[level]) ?? find(keys, GENERIC_NAME_CY);
  const parent = level === 'ward' ? (find(keys, PARENT_PATTERNS)?.key ?? null) : null;
  return {
    code: codeFound.key,
    name: nameFound.key,
    nameCy: nameCy?.key ?? null,
    parent,
    vintage: codeFound.year,
  };
}

/** The text of a (possibly nested) property, trimmed; null when absent or empty. */
export function propertyText(props: Properties, key: string): string | null {
  const value = flatten(props)[key];
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

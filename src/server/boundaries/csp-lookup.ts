// The ONS "LAD to Community Safety Partnership to Police Force Area" lookup: which districts
// make up a CSP, which districts are split between CSPs, and which CSPs share a force.
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '../seed/csv';

/** The full England and Wales lookup (2024) shipped with the project. */
export const DEFAULT_LOOKUP = new URL('../seed/warwickshire/lad24_csp24_pfa24_lookup.csv', import.meta.url);

export interface LookupRow {
  readonly districtCode: string;
  readonly districtName: string;
  readonly cspCode: string;
  readonly cspName: string;
  readonly forceCode: string;
  readonly forceName: string;
}

export interface CspLookup {
  readonly rows: readonly LookupRow[];
  /** From the column names, e.g. csp24_code → 2024. */
  readonly vintage: string;
}

export class LookupError extends Error {}

const column = (keys: string[], pattern: RegExp) => keys.find((k) => pattern.test(k));

export function readCspLookup(file: URL | string = DEFAULT_LOOKUP): CspLookup {
  const records = parseCsvRecords(readFileSync(file, 'utf8'));
  const keys = Object.keys(records[0] ?? {});
  const cols = {
    district: column(keys, /^(?:lad|ltla)\d{2}_?c(?:o)?d(?:e)?$/i),
    districtName: column(keys, /^(?:lad|ltla)\d{2}_?n(?:a)?m(?:e)?$/i),
    csp: column(keys, /^csp\d{2}_?c(?:o)?d(?:e)?$/i),
    cspName: column(keys, /^csp\d{2}_?n(?:a)?m(?:e)?$/i),
    force: column(keys, /^pfa\d{2}_?c(?:o)?d(?:e)?$/i),
    forceName: column(keys, /^pfa\d{2}_?n(?:a)?m(?:e)?$/i),
  };
  if (!cols.district || !cols.csp) {
    throw new LookupError(
      `the lookup needs district (LADyyCD) and CSP (CSPyyCD) columns; it has ${keys.join(', ')}`,
    );
  }
  const year = /(\d{2})/.exec(cols.csp)?.[1];
  const get = (r: Record<string, string>, k: string | undefined) => (k ? (r[k] ?? '').trim() : '');
  return {
    vintage: year ? `20${year}` : 'unknown',
    rows: records
      .map((r) => ({
        districtCode: get(r, cols.district),
        districtName: get(r, cols.districtName) || get(r, cols.district),
        cspCode: get(r, cols.csp),
        cspName: get(r, cols.cspName) || get(r, cols.csp),
        forceCode: get(r, cols.force),
        forceName: get(r, cols.forceName),
      }))
      .filter((r) => r.districtCode && r.cspCode),
  };
}

/** The lookup rows of a CSP given by code or (case-insensitive) name. */
export function cspRows(lookup: CspLookup, codeOrName: string): LookupRow[] {
  const q = codeOrName.trim().toLowerCase();
  const byCode = lookup.rows.filter((r) => r.cspCode.toLowerCase() === q);
  if (byCode.length > 0) return byCode;
  const byName = lookup.rows.filter((r) => r.cspName.toLowerCase() === q);
  if (byName.length > 0) return byName;
  const near = [
    ...new Set(
      lookup.rows.filter((r) => r.cspName.toLowerCase().includes(q)).map((r) => `${r.cspCode} ${r.cspName}`),
    ),
  ];
  throw new LookupError(
    `no CSP "${codeOrName}" in the lookup${near.length > 0 ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''}`,
  );
}

/** CSP codes sharing each district: more than one means the district is split. */
export function cspsOfDistricts(lookup: CspLookup): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of lookup.rows)
    out.set(r.districtCode, [...new Set([...(out.get(r.districtCode) ?? []), r.cspCode])]);
  return out;
}

// CSV files an analyst hands us (the ONS lookup, ward → CSP mappings), read with csv-parse:
// byte-order mark dropped, quoted fields, CRLF or LF, blank lines skipped.
import { parse } from 'csv-parse/sync';

const OPTIONS = { bom: true, skip_empty_lines: true, relax_column_count: true } as const;

/** Rows of fields, the header row included. */
export function parseCsv(text: string): string[][] {
  return parse(text, OPTIONS) as string[][];
}

/** Rows as objects keyed by the header row; a short row's missing fields are empty. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

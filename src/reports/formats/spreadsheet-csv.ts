// CSV for spreadsheets, shared by the summary and the meeting record: UTF-8 with a byte-order
// mark (Excel otherwise reads UTF-8 as a legacy code page), CRLF line ends, RFC 4180 quoting,
// and no text cell a spreadsheet would run as a formula.
import { stringify } from 'csv-stringify/sync';

export const CSV_BOM = '\uFEFF';

/**
 * Text starting with = + - @, a tab or a carriage return runs as a formula when a spreadsheet
 * opens the file (CSV injection): a leading ' keeps it text. Numbers are not text and stay numbers.
 */
export const formulaSafe = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function spreadsheetCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? formulaSafe(cell) : cell)));
  return CSV_BOM + stringify([[...columns], ...safe], { record_delimiter: '\r\n' });
}

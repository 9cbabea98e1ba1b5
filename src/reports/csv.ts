// The consultation summary as CSV in long format: one row per theme and ward.
// UTF-8 with a byte-order mark, because Excel otherwise reads UTF-8 as a legacy code page.
import { stringify } from 'csv-stringify/sync';
import type { ConsultationSummary } from '../domain/summary';

export const CSV_BOM = '\uFEFF';
export const SUMMARY_CSV_COLUMNS = [
  'rank',
  'theme_key',
  'theme_label',
  'theme_count',
  'theme_share',
  'ward_code',
  'ward_name',
  'ward_count',
] as const;

export const UNASSIGNED_WARD_LABEL = 'Not in a ward (outside the area or ward unknown)';

export function summaryToCsv(summary: ConsultationSummary): string {
  const rows = summary.themes.flatMap((t) =>
    t.wards.map((w) => [
      t.rank,
      t.themeKey,
      t.themeLabel,
      t.count,
      t.share.toFixed(4),
      w.wardCode ?? '',
      w.wardCode === null ? UNASSIGNED_WARD_LABEL : (w.wardName ?? ''),
      w.count,
    ]),
  );
  return CSV_BOM + stringify([[...SUMMARY_CSV_COLUMNS], ...rows], { record_delimiter: '\r\n' });
}

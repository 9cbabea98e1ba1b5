// The consultation summary as tidy long-format CSV: one measured value per row, so a pivot
// table, Power Query or R reads it without reshaping. UTF-8 with a byte-order mark, because
// Excel otherwise reads UTF-8 as a legacy code page; CRLF line ends; RFC 4180 quoting; text a
// spreadsheet would run as a formula kept as text (spreadsheet-csv.ts, shared with the meeting record).
import type { ConsultationSummary, Count } from '../../domain/summary';
import { spreadsheetCsv } from './spreadsheet-csv';

export const SUMMARY_CSV_COLUMNS = [
  'csp_codes',
  'period_from',
  'period_to',
  'section',
  'area_code',
  'area_name',
  'theme_key',
  'theme_label',
  'category',
  'measure',
  'value',
  'note',
] as const;

export const SUPPRESSED_NOTE = 'suppressed: fewer than 5, or hidden so a small count cannot be worked out';

type Cell = string | number | null;
interface Row {
  section: string;
  area_code?: string | null;
  area_name?: string | null;
  theme_key?: string;
  theme_label?: string;
  category?: string;
  measure: string;
  value: number | string | null;
  suppressed?: boolean;
}

const round = (n: number | null, digits = 4): Cell => (n === null ? null : Number(n.toFixed(digits)));

export function summaryRows(s: ConsultationSummary): Row[] {
  const rows: Row[] = [];
  const count = (row: Omit<Row, 'value' | 'suppressed'>, value: Count) =>
    rows.push({ ...row, value, suppressed: value === null });
  count({ section: 'total', measure: 'priorities' }, s.total);
  count({ section: 'total', measure: 'records' }, s.records);
  count({ section: 'total', measure: 'priorities_comparison_period' }, s.previousTotal);
  count({ section: 'total', measure: 'supports' }, s.supportsTotal);
  for (const t of s.themes) {
    const theme = { section: 'theme', theme_key: t.themeKey, theme_label: t.themeLabel };
    count({ ...theme, measure: 'priorities' }, t.count);
    count({ ...theme, measure: 'records' }, t.records);
    rows.push({ ...theme, measure: 'rank', value: t.rank });
    rows.push({ ...theme, measure: 'share', value: round(t.share) });
    rows.push({ ...theme, measure: 'share_ci95_low', value: round(t.interval?.low ?? null) });
    rows.push({ ...theme, measure: 'share_ci95_high', value: round(t.interval?.high ?? null) });
    count({ ...theme, measure: 'supports' }, t.supports);
    rows.push({ ...theme, measure: 'support_rank', value: t.supportRank });
    count({ ...theme, measure: 'priorities_comparison_period' }, t.previousCount);
    rows.push({ ...theme, measure: 'share_comparison_period', value: round(t.previousShare) });
    rows.push({ ...theme, measure: 'change_points', value: round(t.change?.points ?? null, 2) });
    rows.push({ ...theme, measure: 'change_p_value', value: round(t.change?.p ?? null) });
    rows.push({
      ...theme,
      measure: 'change_significant',
      value: t.change ? String(t.change.significant) : null,
    });
  }
  for (const [section, areas, cells] of [
    ['ward', s.wards, s.themeByWard],
    ['neighbourhood', s.neighbourhoods ?? [], s.themeByNeighbourhood ?? []],
  ] as const) {
    for (const a of areas) {
      const area = { section, area_code: a.code, area_name: a.name };
      count({ ...area, measure: 'priorities' }, a.total);
      rows.push({ ...area, measure: 'residents', value: a.residents });
      rows.push({ ...area, measure: 'rate_per_1000_residents', value: round(a.ratePer1000, 2) });
      rows.push({ ...area, measure: 'share_of_priorities', value: round(a.share) });
      rows.push({ ...area, measure: 'share_of_residents', value: round(a.residentShare) });
    }
    const names = new Map(areas.map((a) => [a.code, a.name]));
    const labels = new Map(s.themes.map((t) => [t.themeKey, t.themeLabel]));
    for (const c of cells) {
      if (c.count === 0 || !labels.has(c.themeKey)) continue;
      count(
        {
          section: `theme_by_${section}`,
          area_code: c.areaCode,
          area_name: names.get(c.areaCode) ?? null,
          theme_key: c.themeKey,
          theme_label: labels.get(c.themeKey),
          measure: 'priorities',
        },
        c.count,
      );
    }
  }
  for (const [section, list] of [
    ['channel', s.channels],
    ['respondent_type', s.respondentTypes],
    ['time_of_day', s.timesOfDay],
    ['day_of_week', s.days],
  ] as const) {
    for (const c of list) {
      count({ section, category: c.label, measure: 'priorities' }, c.count);
      rows.push({ section, category: c.label, measure: 'share', value: round(c.share) });
    }
  }
  for (const [section, list] of [
    ['participants_age', s.participation.age ?? []],
    ['participants_sex', s.participation.sex ?? []],
  ] as const) {
    for (const p of list) {
      count({ section, category: p.label, measure: 'participants' }, p.participants);
      rows.push({
        section,
        category: p.label,
        measure: 'share_of_participants',
        value: round(p.participantShare),
      });
      rows.push({ section, category: p.label, measure: 'share_of_residents', value: round(p.residentShare) });
    }
  }
  return rows;
}

export function summaryToCsv(s: ConsultationSummary): string {
  const csps = s.csps.map((c) => c.code).join(';');
  const records = summaryRows(s).map((r) => [
    csps,
    s.period.from,
    s.period.to,
    r.section,
    r.area_code ?? '',
    r.area_name ?? '',
    r.theme_key ?? '',
    r.theme_label ?? '',
    r.category ?? '',
    r.measure,
    r.value ?? '',
    r.suppressed ? SUPPRESSED_NOTE : '',
  ]);
  return spreadsheetCsv(SUMMARY_CSV_COLUMNS, records);
}

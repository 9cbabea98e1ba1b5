// Small text helpers shared by the document builders: numbers, shares, periods, escaping.

import { MONTH_NAMES } from '../../domain/assessment-due';
import type { ConsultationSummary, Count, Interval } from '../../domain/summary';

export const SUPPRESSED = '<5';

export function showCount(n: Count): string {
  return n === null ? SUPPRESSED : n.toLocaleString('en-GB');
}

export function showShare(share: number | null, digits = 1): string {
  return share === null ? '–' : `${(share * 100).toFixed(digits)}%`;
}

export function showInterval(ci: Interval | null): string {
  return ci === null ? '–' : `${(ci.low * 100).toFixed(1)}–${(ci.high * 100).toFixed(1)}%`;
}

export function showRate(rate: number | null): string {
  return rate === null ? '–' : rate.toFixed(1);
}

export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}

export function monthName(yyyyMm: string): string {
  const [y, m] = yyyyMm.split('-').map(Number);
  return `${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}

export function periodText(p: { from: string; to: string }): string {
  return `${longDate(p.from)} to ${longDate(p.to)}`;
}

export function changeText(t: ConsultationSummary['themes'][number]): string {
  if (!t.change) return '–';
  const arrow = t.change.direction === 'up' ? '▲' : t.change.direction === 'down' ? '▼' : '=';
  const pts = `${t.change.points > 0 ? '+' : ''}${t.change.points.toFixed(1)} pts`;
  return `${arrow} ${pts}${t.change.significant ? ' (significant)' : ''}`;
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The plain-English summary sentence that opens every document. */
export function headline(s: ConsultationSummary): string {
  const top = s.themes.filter((t) => t.rank !== null).slice(0, 3);
  const total = s.total === null ? 'Fewer than 5' : s.total.toLocaleString('en-GB');
  const lead = `${total} priorities were raised between ${periodText(s.period)}`;
  if (top.length === 0) return `${lead}.`;
  const names = top.map((t) => `${t.themeLabel.toLowerCase()} (${showShare(t.share, 0)})`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${lead}. The most raised were ${list}.`;
}

/** The table sections every document shows, as rows of plain text: one source for all formats. */
export interface TextTable {
  readonly id: string;
  readonly title: string;
  readonly caption?: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns that hold numbers (right-aligned). */
  readonly numeric: readonly number[];
}

/** Whether any patrol record stood for several residents, so records and residents differ. */
export function hasMultiResidentRecords(s: ConsultationSummary): boolean {
  return s.records !== s.total || s.themes.some((t) => t.records !== t.count);
}

export function summaryTables(s: ConsultationSummary): TextTable[] {
  const tables: TextTable[] = [];
  const withRecords = hasMultiResidentRecords(s);
  const caption = `Share of all priorities with its 95% confidence interval; change in share against ${periodText(s.comparison)}.`;
  tables.push({
    id: 'themes',
    title: 'Themes ranked by priorities raised',
    caption: withRecords
      ? `${caption} Priorities count each resident who raised the theme: a patrol record can stand for several residents in one conversation, so there can be fewer records.`
      : caption,
    head: [
      'Rank',
      'Theme',
      'Priorities',
      ...(withRecords ? ['Records'] : []),
      'Share',
      '95% interval',
      'Comparison period',
      'Change',
    ],
    rows: s.themes.map((t) => [
      t.rank === null ? '–' : String(t.rank),
      t.sensitive ? `${t.themeLabel} (sensitive)` : t.themeLabel,
      showCount(t.count),
      ...(withRecords ? [showCount(t.records)] : []),
      showShare(t.share),
      showInterval(t.interval),
      showCount(t.previousCount),
      changeText(t),
    ]),
    numeric: withRecords ? [0, 2, 3, 4, 6] : [0, 2, 3, 5],
  });
  tables.push({
    id: 'support',
    title: 'Themes ranked by support (“me too”)',
    caption: s.supportsTotal === 0 ? 'No “me too” supports were recorded in the period.' : undefined,
    head: ['Rank', 'Theme', 'Supports', 'Share of supports', '95% interval'],
    rows: s.bySupport.map((key, i) => {
      const t = s.themes.find((x) => x.themeKey === key)!;
      return [
        String(i + 1),
        t.themeLabel,
        showCount(t.supports),
        showShare(t.supportShare),
        showInterval(t.supportInterval),
      ];
    }),
    numeric: [0, 2, 3],
  });
  const areaTable = (id: string, title: string, rows: ConsultationSummary['wards']): TextTable => ({
    id,
    title,
    caption: s.hasPopulation
      ? 'Rate: priorities per 1,000 residents. Share of priorities against share of residents shows which areas are heard most and least.'
      : undefined,
    head: s.hasPopulation
      ? [
          'Area',
          'Priorities',
          'Per 1,000 residents',
          'Share of priorities',
          'Share of residents',
          'Top themes',
        ]
      : ['Area', 'Priorities', 'Share of priorities', 'Top themes'],
    rows: rows.map((a) => {
      const top = a.topThemes.map((t) => `${t.themeLabel} (${t.count})`).join('; ') || '–';
      return s.hasPopulation
        ? [
            a.name,
            showCount(a.total),
            showRate(a.ratePer1000),
            showShare(a.share),
            showShare(a.residentShare),
            top,
          ]
        : [a.name, showCount(a.total), showShare(a.share), top];
    }),
    numeric: s.hasPopulation ? [1, 2, 3, 4] : [1, 2],
  });
  tables.push(areaTable('wards', 'By ward', s.wards));
  if (s.neighbourhoods) tables.push(areaTable('neighbourhoods', 'By police neighbourhood', s.neighbourhoods));
  const categories = (
    id: string,
    title: string,
    list: ConsultationSummary['channels'],
    caption?: string,
  ): TextTable => ({
    id,
    title,
    caption,
    head: ['', 'Priorities', 'Share'],
    rows: list.map((c) => [c.label, showCount(c.count), showShare(c.share)]),
    numeric: [1, 2],
  });
  tables.push(categories('channels', 'How priorities were raised', s.channels));
  tables.push(categories('respondents', 'Who raised them', s.respondentTypes));
  const multi = 'People could choose more than one, or none, so these do not add up to the total.';
  tables.push(categories('times', 'When problems happen: time of day', s.timesOfDay, multi));
  tables.push(categories('days', 'When problems happen: day of the week', s.days, multi));
  for (const [id, title, list] of [
    ['age', 'Who took part: age', s.participation.age],
    ['sex', 'Who took part: sex', s.participation.sex],
  ] as const) {
    if (!list) continue;
    tables.push({
      id,
      title,
      caption: !list.some((p) => p.residentShare !== null)
        ? 'No population figures were supplied for comparison.'
        : id === 'sex'
          ? 'Residents by sex: Census 2021, whole districts (no ward-level split is published).'
          : 'Residents by age: ONS ward estimates for the wards of the area, summed.',
      head: ['', 'Took part', 'Share of those who said', 'Share of residents'],
      rows: list.map((p) => [
        p.label,
        showCount(p.participants),
        showShare(p.participantShare),
        showShare(p.residentShare),
      ]),
      numeric: [1, 2, 3],
    });
  }
  if (s.agreedPriorities && s.agreedPriorities.length > 0)
    tables.push({
      id: 'meetings',
      title: 'Priorities agreed at PACT and NAG meetings',
      head: ['Meeting', 'Area', 'Priority', 'Action', 'Action date'],
      rows: s.agreedPriorities.map((a) => [
        longDate(a.meetingDate),
        a.areaName,
        a.issue,
        a.action ?? 'No action reported yet',
        a.actionDate ? longDate(a.actionDate) : '–',
      ]),
      numeric: [],
    });
  return tables;
}

// Builds the consultation summary: raw counts → suppression → shares, intervals, change tests,
// area tables, participation, quotes, meetings and the method note. Pure.
import type { CategoryRow, ConsultationSummary, Count, ThemeRow } from '../../domain/summary';
import { findTheme, themeLabel } from '../../domain/taxonomy/themes';
import { twoProportionTest, wilsonInterval } from '../stats';
import { isSmall, MIN_PUBLISHED, suppressLine } from '../suppression';
import { aggregate } from './aggregate';
import { areaCells, areaRows, suppressAreaTables } from './area-tables';
import type { SummaryInput } from './input';
import { BOUNDARY_ATTRIBUTION, caveats, methodNote, OGL_ATTRIBUTION, POPULATION_ATTRIBUTION } from './method';
import { participation } from './participation';
import { selectQuotes } from './quotes';

const CHANNEL_LABELS: Record<string, string> = {
  online: 'Online',
  meeting: 'PACT/NAG meeting',
  patrol: 'On patrol (recorded by officer or PCSO)',
  survey: 'Survey or paper response',
};
const RESPONDENT_LABELS: Record<string, string> = {
  lives: 'Lives here',
  works: 'Works here',
  visits: 'Visits',
};
const TIME_LABELS: Record<string, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  night: 'Night',
};
const DAY_LABELS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** A line of categories summing to the total: the fixed ones first (even when 0), then any others. */
function categoryRows(
  labels: Record<string, string>,
  counts: ReadonlyMap<string, number>,
  total: Count,
  grandHidden: boolean,
  additive: boolean,
  min: number,
): CategoryRow[] {
  const keys = [...Object.keys(labels), ...[...counts.keys()].filter((k) => !(k in labels)).sort()];
  const values = keys.map((k) => counts.get(k) ?? 0);
  const hidden = additive
    ? suppressLine(values, grandHidden, [], min).cells
    : values.map((n) => isSmall(n, min));
  return keys.map((k, i) => {
    const count = hidden[i] ? null : values[i]!;
    return { key: k, label: labels[k] ?? k, count, share: count !== null && total ? count / total : null };
  });
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildConsultationSummary(input: SummaryInput): ConsultationSummary {
  const labelOf = input.labelOf ?? themeLabel;
  // The officer's preview of the real counts builds with nothing hidden; every file and public answer hides.
  const min = input.minPublished ?? MIN_PUBLISHED;
  const raw = input.counts ?? aggregate(input.facts ?? []);
  const themeKeys = [...new Set([...raw.themes.keys(), ...raw.previousThemes.keys()])].sort(byKey);
  const pop = input.population;
  const residentsOf = (code: string) => pop?.wardTotals.get(code) ?? null;

  const specs = [{ areas: input.wards, counts: raw.themeWard, noneLabel: 'Not in a ward' }];
  if (raw.hasNeighbourhoods)
    specs.push({
      areas: input.neighbourhoods ?? [],
      counts: raw.themeNeighbourhood,
      noneLabel: 'Not in a neighbourhood',
    });
  const [wardTable, nbhdTable] = suppressAreaTables(specs, themeKeys, residentsOf, min);
  const themeHidden = wardTable!.mask.rowTotals;
  const grandHidden = wardTable!.mask.grand || isSmall(raw.total, min);
  const total: Count = grandHidden ? null : raw.total;

  const previousValues = themeKeys.map((k) => raw.previousThemes.get(k) ?? 0);
  const previousMask = suppressLine(previousValues, false, [], min);
  const previousTotal: Count = previousMask.total ? null : raw.previousTotal;
  // Records behind each theme: hidden wherever the theme's count is, and as a line of their own.
  const recordValues = themeKeys.map((k) => raw.recordsByTheme.get(k) ?? 0);
  const recordMask = suppressLine(recordValues, grandHidden, themeHidden, min);
  const records: Count = recordMask.total ? null : raw.records;
  const supportValues = themeKeys.map((k) => raw.supports.get(k) ?? 0);
  const supportMask = suppressLine(supportValues, false, [], min);
  const supportsTotal: Count = supportMask.total ? null : raw.supportsTotal;

  const rows = themeKeys.map((k, i) => {
    const count = themeHidden[i] ? null : (raw.themes.get(k) ?? 0);
    const themeRecords = recordMask.cells[i] ? null : recordValues[i]!;
    const previousCount = previousMask.cells[i] ? null : previousValues[i]!;
    const supports = supportMask.cells[i] ? null : supportValues[i]!;
    const test =
      count !== null && previousCount !== null && total !== null && previousTotal !== null
        ? twoProportionTest(count, total, previousCount, previousTotal)
        : null;
    const share = count !== null && total ? count / total : null;
    const previousShare = previousCount !== null && previousTotal ? previousCount / previousTotal : null;
    return {
      themeKey: k,
      themeLabel: labelOf(k),
      sensitive: findTheme(k)?.sensitive === true,
      count,
      records: themeRecords,
      share,
      interval: count !== null && total ? wilsonInterval(count, total) : null,
      supports,
      supportShare: supports !== null && supportsTotal ? supports / supportsTotal : null,
      supportInterval: supports !== null && supportsTotal ? wilsonInterval(supports, supportsTotal) : null,
      previousCount,
      previousShare,
      change:
        test && share !== null && previousShare !== null
          ? {
              direction:
                share > previousShare
                  ? ('up' as const)
                  : share < previousShare
                    ? ('down' as const)
                    : ('same' as const),
              points: (share - previousShare) * 100,
              z: test.z,
              p: test.p,
              significant: test.significant,
            }
          : null,
    };
  });
  // Themes raised in neither period as shown are left out; suppressed ones stay (as "<5").
  const present = rows.filter((r) => (raw.themes.get(r.themeKey) ?? 0) > 0);
  const ranked = present
    .filter((r) => r.count !== null)
    .sort((a, b) => b.count! - a.count! || byKey(a.themeKey, b.themeKey));
  const bySupport = present
    .filter((r) => r.supports !== null && r.supports > 0)
    .sort((a, b) => b.supports! - a.supports! || byKey(a.themeKey, b.themeKey))
    .map((r) => r.themeKey);
  const themes: ThemeRow[] = [
    ...ranked.map((r, i) => ({ ...r, rank: i + 1, supportRank: rankIn(bySupport, r.themeKey) })),
    ...present
      .filter((r) => r.count === null)
      .sort((a, b) => byKey(a.themeLabel, b.themeLabel))
      .map((r) => ({ ...r, rank: null, supportRank: rankIn(bySupport, r.themeKey) })),
  ];

  const residentsAll = pop ? input.wards.reduce((s, w) => s + (residentsOf(w.code) ?? 0), 0) || null : null;
  const wardNameOfCell = (themeKey: string, wardCode: string | null): string | null => {
    const r = themeKeys.indexOf(themeKey);
    const c = wardTable!.columns.findIndex((col) => col.code === wardCode);
    if (wardCode === null || r < 0 || c < 0 || wardTable!.mask.cells[r]![c]) return null;
    return wardTable!.columns[c]!.name;
  };
  const facts = {
    csps: input.csps,
    period: input.period,
    comparison: input.comparison,
    boundaryVintage: input.boundaryVintage,
    populationDescription: pop?.description ?? null,
    supportsRecorded: input.supportsRecorded,
    meetingsRecorded: input.meetings !== undefined,
    hasNeighbourhoods: raw.hasNeighbourhoods,
    multiResidentRecords: raw.records < raw.total,
  };
  return {
    title: `What residents want prioritised: ${input.csps.map((c) => c.name).join(', ')}`,
    csps: input.csps,
    period: input.period,
    comparison: input.comparison,
    generatedAt: input.generatedAt,
    boundaryVintage: input.boundaryVintage,
    total,
    records,
    previousTotal,
    supportsTotal,
    themes,
    bySupport,
    wards: areaRows(wardTable!, themeKeys, labelOf, total, residentsAll),
    themeByWard: areaCells(wardTable!, themeKeys),
    neighbourhoods: nbhdTable ? areaRows(nbhdTable, themeKeys, labelOf, total, null) : null,
    themeByNeighbourhood: nbhdTable ? areaCells(nbhdTable, themeKeys) : null,
    channels: categoryRows(CHANNEL_LABELS, raw.channels, total, grandHidden, true, min),
    respondentTypes: categoryRows(RESPONDENT_LABELS, raw.respondentTypes, total, grandHidden, true, min),
    timesOfDay: categoryRows(TIME_LABELS, raw.timesOfDay, total, grandHidden, false, min),
    days: categoryRows(DAY_LABELS, raw.days, total, grandHidden, false, min),
    participation: participation(raw, grandHidden, input.wards, pop, min),
    quotes: selectQuotes(input.quoteCandidates ?? [], ranked, wardNameOfCell),
    agreedPriorities:
      input.meetings === undefined
        ? null
        : [...input.meetings].sort((a, b) => byKey(a.meetingDate, b.meetingDate)),
    method: methodNote(facts),
    caveats: caveats(total),
    attribution: [BOUNDARY_ATTRIBUTION, ...(pop ? [POPULATION_ATTRIBUTION] : []), OGL_ATTRIBUTION],
    hasPopulation: pop !== undefined,
  };
}

function rankIn(list: readonly string[], key: string): number | null {
  const i = list.indexOf(key);
  return i < 0 ? null : i + 1;
}

// Reads what the consultation summary needs from the store for one or more CSPs and two
// periods: counted groups of priorities, wards, quote candidates. src/reports builds the summary.
import { sql } from 'kysely';
import type { ConsultationSummary, Period, StaffSummaryPreview } from '../../domain/summary';
import { NO_AREA, type RawCounts } from '../../reports/consultation/aggregate';
import { buildConsultationSummary } from '../../reports/consultation/build';
import type { AreaRef, Population, QuoteCandidate } from '../../reports/consultation/input';
import type { Db } from '../db/tables';
import { cspWardsIn } from './areas';
import { nextDay, summaryCounts } from './summary-counts';
import { agreedAtMeetings } from './summary-meetings';
import { hasSupports } from './supports-link';
import { boundarySets, vintageOn } from './vintages';

export interface SummaryQuery {
  readonly cspCodes: readonly string[];
  readonly period: Period;
  /** Defaults to the period of equal length just before. */
  readonly comparison?: Period;
}

export interface SummaryOptions {
  readonly population?: Population;
  /** Also build the real counts (the staff preview only; see StaffSummaryPreview). */
  readonly withActual?: boolean;
  readonly now?: () => Date;
}

const DAY = 86_400_000;
const toDate = (d: string) => new Date(`${d}T00:00:00Z`).getTime();
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export { nextDay };

/** The period of the same number of days ending the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const days = Math.round((toDate(period.to) - toDate(period.from)) / DAY) + 1;
  return { from: fromTime(toDate(period.from) - days * DAY), to: fromTime(toDate(period.from) - DAY) };
}

/** Police neighbourhoods the period's priorities fall in, with their names (vintage in force). */
async function neighbourhoodsOf(db: Db, counts: RawCounts, period: Period): Promise<AreaRef[]> {
  const codes = [
    ...new Set(
      [...counts.themeNeighbourhood.values()].flatMap((m) => [...m.keys()]).filter((c) => c !== NO_AREA),
    ),
  ];
  const vintage = vintageOn(await boundarySets(db), 'neighbourhood', period.to);
  if (codes.length === 0 || !vintage) return [];
  const rows = await db.kysely
    .selectFrom('area_boundaries')
    .select(['code', 'name'])
    .where('level', '=', 'neighbourhood')
    .where('vintage', '=', vintage)
    .where('code', 'in', codes)
    .execute();
  return rows
    .map((r) => ({ code: r.code, name: r.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code));
}

export async function cspWards(
  db: Db,
  cspCodes: readonly string[],
  period?: Period,
): Promise<{ wards: AreaRef[]; vintage: string }> {
  const sets = await boundarySets(db);
  const vintage = vintageOn(sets, 'ward', period?.to ?? new Date().toISOString().slice(0, 10));
  if (!vintage) return { wards: [], vintage: 'no wards loaded' };
  const rows = await cspWardsIn(db, cspCodes, vintage);
  const inForce = sets.find((s) => s.level === 'ward' && s.vintage === vintage)?.inForceFrom;
  return {
    wards: [...rows]
      .sort((a, b) => a.name.localeCompare(b.name) || a.code.localeCompare(b.code))
      .map((r) => ({ code: r.code, name: r.name, parentCode: r.parentCode })),
    vintage: `December ${vintage} wards${inForce && !inForce.endsWith('-01-01') ? ` (in force from ${inForce})` : ''}`,
  };
}

/** Published priorities of the period that may be quoted (src/reports filters further). */
export async function quoteCandidates(
  db: Db,
  q: Required<SummaryQuery>,
  limit = 2000,
): Promise<QuoteCandidate[]> {
  const rows = await db.kysely
    .selectFrom('priorities as p')
    .select([
      'p.theme_key',
      'p.description',
      'p.ward_code',
      'p.created_at',
      'p.status',
      'p.sensitive',
      'p.personal_details',
    ])
    .where((eb) => eb(eb.fn.coalesce('p.assigned_csp_code', 'p.csp_code'), 'in', [...q.cspCodes]))
    .where('p.created_at', '>=', q.period.from)
    .where('p.created_at', '<', nextDay(q.period.to))
    .where(sql<string>`p.status`, '=', 'published')
    .orderBy('p.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    themeKey: r.theme_key,
    description: r.description,
    wardCode: r.ward_code,
    createdAt: r.created_at,
    status: r.status,
    sensitive: Number(r.sensitive) === 1,
    personalDetails: r.personal_details !== null,
  }));
}

export async function findCsps(db: Db, codes: readonly string[]): Promise<{ code: string; name: string }[]> {
  const rows = await db.kysely
    .selectFrom('area_units')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .where('level', '=', 'csp')
    .execute();
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.flatMap((c) => byCode.get(c) ?? []);
}

export type SummaryResult =
  | { ok: true; summary: ConsultationSummary; preview?: StaffSummaryPreview }
  | { ok: false; unknown: string[] };

export async function consultationSummary(
  db: Db,
  q: SummaryQuery,
  options: SummaryOptions = {},
): Promise<SummaryResult> {
  const csps = await findCsps(db, q.cspCodes);
  if (csps.length !== new Set(q.cspCodes).size) {
    const known = new Set(csps.map((c) => c.code));
    return { ok: false, unknown: q.cspCodes.filter((c) => !known.has(c)) };
  }
  const full = { ...q, comparison: q.comparison ?? previousPeriod(q.period) };
  const [counts, areas, quotes, meetings] = await Promise.all([
    summaryCounts(db, full),
    cspWards(db, full.cspCodes, full.period),
    quoteCandidates(db, full),
    agreedAtMeetings(db, full.cspCodes, full.period),
  ]);
  const input = {
    csps,
    period: full.period,
    comparison: full.comparison,
    counts,
    wards: areas.wards,
    neighbourhoods: await neighbourhoodsOf(db, counts, full.period),
    boundaryVintage: areas.vintage,
    population: options.population,
    quoteCandidates: quotes,
    meetings,
    supportsRecorded: await hasSupports(db),
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  const summary = buildConsultationSummary(input);
  if (!options.withActual) return { ok: true, summary };
  // Quotes stay those the published summary picked: the preview is about counts.
  const actual = buildConsultationSummary({ ...input, minPublished: 1, quoteCandidates: [] });
  return { ok: true, summary, preview: { ...summary, actual } };
}

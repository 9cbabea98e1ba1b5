// Reads what the consultation summary needs from the store for one or more CSPs and two
// periods: counted groups of priorities, wards, quote candidates. src/reports builds the summary.
import { sql } from 'kysely';
import type { ConsultationSummary, Period } from '../../domain/summary';
import { buildConsultationSummary } from '../../reports/consultation/build';
import type { AreaRef, Population, PriorityFact, QuoteCandidate } from '../../reports/consultation/input';
import type { Db } from '../db/tables';
import { cspWardsIn } from './areas';
import { boundarySets, vintageOn } from './vintages';

export interface SummaryQuery {
  readonly cspCodes: readonly string[];
  readonly period: Period;
  /** Defaults to the period of equal length just before. */
  readonly comparison?: Period;
}

export interface SummaryOptions {
  readonly population?: Population;
  readonly now?: () => Date;
}

const DAY = 86_400_000;
const toDate = (d: string) => new Date(`${d}T00:00:00Z`).getTime();
const fromTime = (t: number) => new Date(t).toISOString().slice(0, 10);

export function nextDay(date: string): string {
  return fromTime(toDate(date) + DAY);
}

/** The period of the same number of days ending the day before `period` starts. */
export function previousPeriod(period: Period): Period {
  const days = Math.round((toDate(period.to) - toDate(period.from)) / DAY) + 1;
  return { from: fromTime(toDate(period.from) - days * DAY), to: fromTime(toDate(period.from) - DAY) };
}

// Withdrawn (by the author) and merged (duplicates) are not counted; see the method note.
const NOT_COUNTED = ['withdrawn', 'merged'];

const parseList = (text: string): string[] => {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
};

export async function priorityFacts(db: Db, q: Required<SummaryQuery>): Promise<PriorityFact[]> {
  const { period, comparison } = q;
  // Both periods are counted on the boundaries in force on the current period's last day, so
  // they compare like with like and a mid-period re-warding moves every priority at once.
  const sets = await boundarySets(db);
  const wardVintage = vintageOn(sets, 'ward', period.to);
  const cspVintage = vintageOn(sets, 'csp', period.to) ?? wardVintage;
  const inRange = (p: Period) =>
    sql<boolean>`(p.created_at >= ${p.from} and p.created_at < ${nextDay(p.to)})`;
  const periodCase = sql<string>`case when ${inRange(period)} then 'current' else 'previous' end`;
  // The period is worked out in a subquery so the grouping names a plain column (PostgreSQL
  // does not treat the same CASE with separately bound parameters as one expression).
  const inPeriod = db.kysely
    .selectFrom('priorities as p')
    .leftJoin('priority_areas as pw', (j) =>
      j
        .onRef('pw.priority_id', '=', 'p.id')
        .on('pw.level', '=', 'ward')
        .on('pw.vintage', '=', wardVintage ?? ''),
    )
    .leftJoin('priority_areas as pc', (j) =>
      j
        .onRef('pc.priority_id', '=', 'p.id')
        .on('pc.level', '=', 'csp')
        .on('pc.vintage', '=', cspVintage ?? ''),
    )
    .select((eb) => [
      periodCase.as('period'),
      'p.theme_key',
      (wardVintage ? eb.ref('pw.area_code') : eb.ref('p.ward_code')).as('ward_code'),
      'p.channel',
      'p.respondent_type',
      'p.times_of_day',
      'p.days',
    ])
    .where((eb) =>
      eb(eb.fn.coalesce(cspVintage ? 'pc.area_code' : 'p.assigned_csp_code', 'p.csp_code'), 'in', [
        ...q.cspCodes,
      ]),
    )
    .where(sql<boolean>`(${inRange(period)} or ${inRange(comparison)})`)
    .where(sql<string>`p.status`, 'not in', NOT_COUNTED);
  const rows = await db.kysely
    .selectFrom(inPeriod.as('f'))
    .select((eb) => [
      'f.period',
      'f.theme_key',
      'f.ward_code',
      'f.channel',
      'f.respondent_type',
      'f.times_of_day',
      'f.days',
      eb.fn.countAll<number>().as('n'),
    ])
    .groupBy([
      'f.period',
      'f.theme_key',
      'f.ward_code',
      'f.channel',
      'f.respondent_type',
      'f.times_of_day',
      'f.days',
    ])
    .execute();
  return rows.map((r) => ({
    period: r.period === 'current' ? 'current' : 'previous',
    themeKey: r.theme_key,
    wardCode: r.ward_code,
    channel: r.channel,
    respondentType: r.respondent_type,
    timesOfDay: parseList(r.times_of_day),
    days: parseList(r.days),
    count: Number(r.n),
    // Integration point for "me too" supports (helper i3a): sum them per group here.
    supports: 0,
  }));
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
    .select(['p.theme_key', 'p.description', 'p.ward_code', 'p.created_at', 'p.status'])
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
    // The officer's sensitive flag arrives with moderation (i4a); sensitive themes are always excluded.
    sensitive: false,
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

export type SummaryResult = { ok: true; summary: ConsultationSummary } | { ok: false; unknown: string[] };

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
  const [facts, areas, quotes] = await Promise.all([
    priorityFacts(db, full),
    cspWards(db, full.cspCodes, full.period),
    quoteCandidates(db, full),
  ]);
  const summary = buildConsultationSummary({
    csps,
    period: full.period,
    comparison: full.comparison,
    facts,
    wards: areas.wards,
    boundaryVintage: areas.vintage,
    population: options.population,
    quoteCandidates: quotes,
    supportsRecorded: false,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
  });
  return { ok: true, summary };
}

// Reads what the consultation summary needs from the store for one or more CSPs and two
// periods: counted groups of priorities, wards, quote candidates. src/reports builds the summary.
import { sql } from 'kysely';
import type { ConsultationSummary, Period } from '../../domain/summary';
import { buildConsultationSummary } from '../../reports/consultation/build';
import type { AreaRef, Population, PriorityFact, QuoteCandidate } from '../../reports/consultation/input';
import type { Db } from '../db/tables';
import { cspWardsIn } from './areas';
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

interface SupportsTable {
  priority_id: string;
}

/**
 * "Me too" supports per priority: the supports table once it exists (i3a); before that, the
 * duplicates merged into a priority are its support, as moderation counts them.
 */
async function supportsPerPriority(db: Db) {
  if (await hasSupports(db)) {
    const k = db.kysely.withTables<{ supports: SupportsTable }>();
    return k
      .selectFrom('supports')
      .select((eb) => ['supports.priority_id as priority_id', eb.fn.countAll<number>().as('n')])
      .groupBy('supports.priority_id') as unknown as ReturnType<typeof mergedSupports>;
  }
  return mergedSupports(db);
}

function mergedSupports(db: Db) {
  return db.kysely
    .selectFrom('priorities as m')
    .select((eb) => [sql<string>`m.merged_into`.as('priority_id'), eb.fn.countAll<number>().as('n')])
    .where('m.status', '=', 'merged')
    .where('m.merged_into', 'is not', null)
    .groupBy('m.merged_into');
}

/** One field of the consented equality answers (JSON text), or null. */
function equalityField(db: Db, field: 'ageBand' | 'sex') {
  return db.kind === 'postgres'
    ? sql<string | null>`(p.equality::json ->> ${sql.lit(field)})`
    : sql<string | null>`json_extract(p.equality, ${sql.lit(`$.${field}`)})`;
}

export async function priorityFacts(db: Db, q: Required<SummaryQuery>): Promise<PriorityFact[]> {
  const { period, comparison } = q;
  // Both periods are counted on the boundaries in force on the current period's last day, so
  // they compare like with like and a mid-period re-warding moves every priority at once.
  const sets = await boundarySets(db);
  const wardVintage = vintageOn(sets, 'ward', period.to);
  const cspVintage = vintageOn(sets, 'csp', period.to) ?? wardVintage;
  const neighbourhoodVintage = vintageOn(sets, 'neighbourhood', period.to);
  const inRange = (p: Period) =>
    sql<boolean>`(p.created_at >= ${p.from} and p.created_at < ${nextDay(p.to)})`;
  const periodCase = sql<
    string | null
  >`case when ${inRange(period)} then 'current' when ${inRange(comparison)} then 'previous' end`;
  // One date range spanning both periods, so the date index serves the whole read.
  const low = [period.from, comparison.from].sort()[0]!;
  const high = [period.to, comparison.to].sort()[1]!;
  const supports = await supportsPerPriority(db);
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
    // Neighbourhoods only cost a lookup per priority when their boundaries are loaded.
    .$if(neighbourhoodVintage !== null, (qb) =>
      qb.leftJoin('priority_areas as pn', (j) =>
        j
          .onRef('pn.priority_id', '=', 'p.id')
          .on('pn.level', '=', 'neighbourhood')
          .on('pn.vintage', '=', neighbourhoodVintage ?? ''),
      ),
    )
    .leftJoin(supports.as('s'), 's.priority_id', 'p.id')
    .select((eb) => [
      periodCase.as('period'),
      'p.theme_key',
      (wardVintage ? eb.ref('pw.area_code') : eb.ref('p.ward_code')).as('ward_code'),
      (neighbourhoodVintage
        ? sql<string | null>`${sql.ref('pn.area_code')}`
        : sql<string | null>`cast(null as text)`
      ).as('neighbourhood_code'),
      'p.channel',
      'p.respondent_type',
      'p.times_of_day',
      'p.days',
      equalityField(db, 'ageBand').as('age_band'),
      equalityField(db, 'sex').as('sex'),
      // A patrol record can stand for several residents in one conversation (method note).
      eb.fn.coalesce('p.resident_count', sql<number>`1`).as('residents'),
      eb.fn.coalesce('s.n', sql<number>`0`).as('supports'),
    ])
    .where((eb) =>
      eb(eb.fn.coalesce(cspVintage ? 'pc.area_code' : 'p.assigned_csp_code', 'p.csp_code'), 'in', [
        ...q.cspCodes,
      ]),
    )
    .where('p.created_at', '>=', low)
    .where('p.created_at', '<', nextDay(high))
    .where(sql<string>`p.status`, 'not in', NOT_COUNTED);
  const rows = await db.kysely
    .selectFrom(inPeriod.as('f'))
    .select((eb) => [
      'f.period',
      'f.theme_key',
      'f.ward_code',
      'f.neighbourhood_code',
      'f.channel',
      'f.respondent_type',
      'f.times_of_day',
      'f.days',
      'f.age_band',
      'f.sex',
      eb.fn.sum<number>('f.residents').as('n'),
      eb.fn.countAll<number>().as('records'),
      eb.fn.sum<number>('f.supports').as('supports'),
    ])
    .where('f.period', 'is not', null)
    .groupBy([
      'f.period',
      'f.theme_key',
      'f.ward_code',
      'f.neighbourhood_code',
      'f.channel',
      'f.respondent_type',
      'f.times_of_day',
      'f.days',
      'f.age_band',
      'f.sex',
    ])
    .execute();
  return rows.map((r) => ({
    period: r.period === 'current' ? 'current' : 'previous',
    themeKey: r.theme_key,
    wardCode: r.ward_code,
    neighbourhoodCode: r.neighbourhood_code,
    channel: r.channel,
    respondentType: r.respondent_type,
    timesOfDay: parseList(r.times_of_day),
    days: parseList(r.days),
    ageBand: r.age_band,
    sex: r.sex,
    count: Number(r.n),
    records: Number(r.records),
    supports: Number(r.supports ?? 0),
  }));
}

/** Police neighbourhoods the period's priorities fall in, with their names (vintage in force). */
async function neighbourhoodsOf(db: Db, facts: readonly PriorityFact[], period: Period): Promise<AreaRef[]> {
  const codes = [...new Set(facts.map((f) => f.neighbourhoodCode).filter((c): c is string => !!c))];
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
  const [facts, areas, quotes, meetings] = await Promise.all([
    priorityFacts(db, full),
    cspWards(db, full.cspCodes, full.period),
    quoteCandidates(db, full),
    agreedAtMeetings(db, full.cspCodes, full.period),
  ]);
  const summary = buildConsultationSummary({
    csps,
    period: full.period,
    comparison: full.comparison,
    facts,
    wards: areas.wards,
    neighbourhoods: await neighbourhoodsOf(db, facts, full.period),
    boundaryVintage: areas.vintage,
    population: options.population,
    quoteCandidates: quotes,
    meetings,
    supportsRecorded: await hasSupports(db),
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
  });
  return { ok: true, summary };
}

// The summary's raw counts, aggregated in SQL: the CSP's priorities of both periods are read
// once (a materialised CTE) and grouped three ways (theme × area; comparison themes; channel ×
// respondent type × times × days × age × sex), so only a few hundred rows come back, and the
// tables are added up from those (src/reports/consultation/aggregate.ts).
import { type Expression, sql } from 'kysely';
import type { Period } from '../../domain/summary';
import { makeRawCounts, type RawCounts } from '../../reports/consultation/aggregate';
import type { Db } from '../db/tables';
import { type SummaryVintages, vintagesFor } from './summary-vintages';
import { hasSupports } from './supports-link';

// Withdrawn (by the author) and merged (duplicates) are not counted; see the method note.
const NOT_COUNTED = ['withdrawn', 'merged'];

const DAY = 86_400_000;
export const nextDay = (date: string) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + DAY).toISOString().slice(0, 10);

export interface CountsQuery {
  readonly cspCodes: readonly string[];
  readonly period: Period;
  readonly comparison: Period;
}

/** "Me too" supports of one priority: the supports table, or (before it existed) merged duplicates. */
async function supportsOf(db: Db) {
  return (await hasSupports(db))
    ? sql<number>`(select count(*) from supports s where s.priority_id = p.id)`
    : sql<number>`(select count(*) from priorities m where m.merged_into = p.id and m.status = 'merged')`;
}

/** One field of the consented equality answers (JSON text), or null. */
function equalityField(db: Db, field: 'ageBand' | 'sex') {
  return db.kind === 'postgres'
    ? sql<string | null>`(p.equality::json ->> ${sql.lit(field)})`
    : sql<string | null>`json_extract(p.equality, ${sql.lit(`$.${field}`)})`;
}

/** The CSPs' counted priorities of both periods, one row each, with what every table needs. */
async function countedPriorities(db: Db, q: CountsQuery, v: SummaryVintages, forceJoins: boolean) {
  const { period, comparison } = q;
  const inRange = (p: Period) =>
    sql<boolean>`(p.created_at >= ${p.from} and p.created_at < ${nextDay(p.to)})`;
  // Supports are only reported for the current period, so only looked up there.
  const supports = await supportsOf(db);
  const periodCase = sql<
    string | null
  >`case when ${inRange(period)} then 'current' when ${inRange(comparison)} then 'previous' end`;
  const supportsCase = sql<number>`case when ${inRange(period)} then ${supports} else 0 end`;
  const low = [period.from, comparison.from].sort()[0]!;
  const high = [period.to, comparison.to].sort()[1]!;
  const joins = forceJoins || !v.own;
  return (
    db.kysely
      .selectFrom('priorities as p')
      // Both periods are counted on the boundaries in force on the current period's last day.
      .$if(joins && v.ward !== null, (qb) =>
        qb
          .leftJoin('priority_areas as pw', (j) =>
            j
              .onRef('pw.priority_id', '=', 'p.id')
              .on('pw.level', '=', 'ward')
              .on('pw.vintage', '=', v.ward ?? ''),
          )
          .leftJoin('priority_areas as pc', (j) =>
            j
              .onRef('pc.priority_id', '=', 'p.id')
              .on('pc.level', '=', 'csp')
              .on('pc.vintage', '=', v.csp ?? ''),
          ),
      )
      // Neighbourhoods only cost a lookup per priority when their boundaries are loaded.
      .$if(v.neighbourhood !== null, (qb) =>
        qb.leftJoin('priority_areas as pn', (j) =>
          j
            .onRef('pn.priority_id', '=', 'p.id')
            .on('pn.level', '=', 'neighbourhood')
            .on('pn.vintage', '=', v.neighbourhood ?? ''),
        ),
      )
      .select((eb) => [
        periodCase.as('period'),
        'p.theme_key',
        (joins && v.ward !== null ? sql<string | null>`pw.area_code` : sql<string | null>`p.ward_code`).as(
          'ward_code',
        ),
        (v.neighbourhood !== null
          ? sql<string | null>`pn.area_code`
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
        supportsCase.as('supports'),
      ])
      .where(
        (joins && v.ward !== null
          ? sql`coalesce(pc.area_code, p.csp_code)`
          : sql`coalesce(p.assigned_csp_code, p.csp_code)`) as Expression<string>,
        'in',
        [...q.cspCodes],
      )
      .where('p.created_at', '>=', low)
      .where('p.created_at', '<', nextDay(high))
      .where(sql<string>`p.status`, 'not in', NOT_COUNTED)
  );
}

const parseList = (text: string | null): string[] => {
  const value = text ? (JSON.parse(text) as unknown) : [];
  return Array.isArray(value) ? value.map(String) : [];
};

/**
 * Raw counts for the summary. `forceJoins` reads the per-vintage assignments even where the
 * priorities' own columns would do (tests compare both roads).
 */
export async function summaryCounts(db: Db, q: CountsQuery, forceJoins = false): Promise<RawCounts> {
  const v = await vintagesFor(db, q.period);
  const base = await countedPriorities(db, q, v, forceJoins);
  const none = sql<string | null>`cast(null as text)`;
  const col = (name: string) => sql<string | null>`${sql.ref(`f.${name}`)}`;
  const GROUPS = {
    // Theme × ward × neighbourhood, with supports: the area tables and the theme totals.
    area: ['theme_key', 'ward_code', 'neighbourhood_code'],
    // The comparison period only needs theme totals.
    previous: ['theme_key'],
    // Every category and who took part in one grouping (one sort instead of five).
    profile: ['channel', 'respondent_type', 'times_of_day', 'days', 'age_band', 'sex'],
  } as const;
  const COLUMNS = [...new Set(Object.values(GROUPS).flat())];
  // Every branch returns the same columns (null where it does not group by one).
  const selection = (kind: keyof typeof GROUPS) => {
    const keys: readonly string[] = GROUPS[kind];
    return [
      sql<string>`${sql.lit(kind)}`.as('kind'),
      ...COLUMNS.map((c) => (keys.includes(c) ? col(c) : none).as(c)),
      sql<number>`sum(f.residents)`.as('n'),
      sql<number>`count(*)`.as('records'),
      (kind === 'area' ? sql<number>`sum(f.supports)` : sql<number>`0`).as('supports'),
    ];
  };
  const periodOf = (kind: keyof typeof GROUPS) => (kind === 'previous' ? 'previous' : 'current');
  const grouped = (kind: keyof typeof GROUPS) => GROUPS[kind].map((k) => col(k));
  const rows = await db.kysely
    .with(
      (w) => w('f').materialized(),
      () => base,
    )
    .selectFrom('f')
    .select(selection('area'))
    .where('f.period', '=', periodOf('area'))
    .groupBy(grouped('area'))
    .unionAll((eb) =>
      eb
        .selectFrom('f')
        .select(selection('previous'))
        .where('f.period', '=', periodOf('previous'))
        .groupBy(grouped('previous')),
    )
    .unionAll((eb) =>
      eb
        .selectFrom('f')
        .select(selection('profile'))
        .where('f.period', '=', periodOf('profile'))
        .groupBy(grouped('profile')),
    )
    .execute();
  const counts = makeRawCounts();
  for (const r of rows as unknown as GroupRow[]) {
    const tally = { count: Number(r.n), records: Number(r.records) };
    if (r.kind === 'area')
      counts.area(r.theme_key ?? '', r.ward_code, r.neighbourhood_code, tally, Number(r.supports ?? 0));
    else if (r.kind === 'previous') counts.previous(r.theme_key ?? '', tally.count);
    else {
      counts.category('channel', r.channel ?? '', tally.count);
      counts.category('respondentType', r.respondent_type ?? '', tally.count);
      counts.category('timesOfDay', parseList(r.times_of_day), tally.count);
      counts.category('days', parseList(r.days), tally.count);
      counts.people(r.age_band, r.sex, tally);
    }
  }
  return counts.done();
}

interface GroupRow {
  kind: 'area' | 'previous' | 'profile';
  theme_key: string | null;
  ward_code: string | null;
  neighbourhood_code: string | null;
  channel: string | null;
  respondent_type: string | null;
  times_of_day: string | null;
  days: string | null;
  age_band: string | null;
  sex: string | null;
  n: number | string;
  records: number | string;
  supports: number | string | null;
}

// The summary's raw counts, aggregated in SQL: the CSP's priorities of both periods are read
// once (a materialised CTE) and grouped once per table (theme × area, comparison themes,
// channel, respondent type, times, days, who took part), so only a few hundred rows come back.
import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Period } from '../../domain/summary';
import { type Category, makeRawCounts, type RawCounts } from '../../reports/consultation/aggregate';
import type { Db } from '../db/tables';
import { hasSupports } from './supports-link';
import { boundarySets, today, vintageOn } from './vintages';

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

interface Vintages {
  readonly ward: string | null;
  readonly csp: string | null;
  readonly neighbourhood: string | null;
  /** The priorities' own ward and CSP columns hold these vintages' answer (see `ownColumnsHold`). */
  readonly own: boolean;
}

/**
 * A priority's own ward_code / assigned_csp_code are its areas in the vintage in force when it
 * arrived, rewritten for every priority when the vintage in force is imported (reassign.ts). So
 * they hold vintage V's answer for every priority when V is in force today and was already in
 * force when it was imported; a set imported ahead of its in-force date leaves older priorities
 * on the previous set until re-imported, and then the per-vintage assignments are read instead.
 */
export async function vintagesFor(db: Db, period: Period): Promise<Vintages> {
  const sets = await boundarySets(db);
  const ward = vintageOn(sets, 'ward', period.to);
  const csp = vintageOn(sets, 'csp', period.to) ?? ward;
  const neighbourhood = vintageOn(sets, 'neighbourhood', period.to);
  if (ward === null) return { ward, csp, neighbourhood, own: true };
  const now = today();
  const inForceNow = (level: 'ward' | 'csp') =>
    vintageOn(sets, level, now) ?? (level === 'csp' ? vintageOn(sets, 'ward', now) : null);
  const imported = await db.kysely
    .selectFrom('boundary_sets')
    .select(['level', 'vintage', 'in_force_from', 'imported_at'])
    .where('level', 'in', ['ward', 'csp'])
    .execute();
  const inForceWhenImported = (level: string, vintage: string) =>
    imported.some(
      (s) => s.level === level && s.vintage === vintage && s.in_force_from <= s.imported_at.slice(0, 10),
    );
  const cspLevel = vintageOn(sets, 'csp', period.to) ? 'csp' : 'ward';
  const own =
    inForceNow('ward') === ward &&
    inForceNow('csp') === csp &&
    inForceWhenImported('ward', ward) &&
    inForceWhenImported(cspLevel, csp!);
  return { ward, csp, neighbourhood, own };
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
async function countedPriorities(db: Db, q: CountsQuery, v: Vintages, forceJoins: boolean) {
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
  const n = sql<number>`sum(f.residents)`;
  const records = sql<number>`count(*)`;
  const noSupports = sql<number>`0`;
  const by = (kind: string, a: RawBuilder<string | null>, b: RawBuilder<string | null>, period = 'current') =>
    ({ kind, a, b, period }) as const;
  const tables = [
    by('channel', sql`f.channel`, none),
    by('respondentType', sql`f.respondent_type`, none),
    by('timesOfDay', sql`f.times_of_day`, none),
    by('days', sql`f.days`, none),
    by('people', sql`f.age_band`, sql`f.sex`),
    by('previous', sql`f.theme_key`, none, 'previous'),
  ];
  const rows = await db.kysely
    .with(
      (w) => w('f').materialized(),
      () => base,
    )
    .selectFrom('f')
    .select([
      sql<string>`${sql.lit('area')}`.as('kind'),
      sql<string | null>`f.theme_key`.as('a'),
      sql<string | null>`f.ward_code`.as('b'),
      sql<string | null>`f.neighbourhood_code`.as('c'),
      n.as('n'),
      records.as('records'),
      sql<number>`sum(f.supports)`.as('supports'),
    ])
    .where('f.period', '=', 'current')
    .groupBy(['f.theme_key', 'f.ward_code', 'f.neighbourhood_code'])
    .$call((qb) => {
      let out = qb;
      for (const t of tables)
        out = out.unionAll((eb) =>
          eb
            .selectFrom('f')
            .select([
              sql<string>`${sql.lit(t.kind)}`.as('kind'),
              t.a.as('a'),
              t.b.as('b'),
              none.as('c'),
              n.as('n'),
              records.as('records'),
              noSupports.as('supports'),
            ])
            .where('f.period', '=', t.period)
            .groupBy(t.b === none ? [t.a] : [t.a, t.b]),
        ) as typeof qb;
      return out;
    })
    .execute();
  const counts = makeRawCounts();
  for (const r of rows) {
    const tally = { count: Number(r.n), records: Number(r.records) };
    if (r.kind === 'area') counts.area(r.a ?? '', r.b, r.c, tally, Number(r.supports ?? 0));
    else if (r.kind === 'previous') counts.previous(r.a ?? '', tally.count);
    else if (r.kind === 'people') counts.people(r.a, r.b, tally);
    else {
      const kind = r.kind as Category;
      const multi = kind === 'timesOfDay' || kind === 'days';
      counts.category(kind, multi ? parseList(r.a) : (r.a ?? ''), tally.count);
    }
  }
  return counts.done();
}

// The consultation summary at volume: one CSP-year of 50,000 priorities, and a store of
// 1,000,000 priorities across every demo CSP (one CSP-year and the whole county), on SQLite
// and (when DATABASE_URL or the test PostgreSQL is available) PostgreSQL; and DOCX generation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { CHANNELS, type Priority, RESPONDENT_TYPES } from '../src/domain/priority';
import { THEME_KEYS } from '../src/domain/taxonomy/themes';
import { createDatabase } from '../src/server/db/database';
import { migrate } from '../src/server/db/migrate';
import type { Db } from '../src/server/db/tables';
import { loadExportExtras } from '../src/server/export/extras';
import { buildExport } from '../src/server/export/formats';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { seedPopulation } from '../src/server/population';
import { seedDemo } from '../src/server/seed/seed';
import { insertAreaRows } from '../src/server/store/priority-areas';
import { toPriorityRow } from '../src/server/store/priority-row';
import { consultationSummary } from '../src/server/store/summary';
import { formatNumber, median, percentile, table, timeRuns, writeSection } from './report';

const RUNS = 5;
const YEAR = { from: '2026-04-01', to: '2027-03-31' };
const RUGBY = 'E22000321';

function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

// Skewed like real consultations: a few themes take most priorities.
export function makePriorities(
  n: number,
  wardsByCsp: Map<string, string[]>,
  csps: readonly string[],
  seed: number,
  window: { from: string; to: string },
): Priority[] {
  const r = lcg(seed);
  const start = Date.parse(`${window.from}T00:00:00Z`);
  const span = Date.parse(`${window.to}T23:59:59Z`) - start;
  const deviceId = '00000000-0000-4000-8000-000000000001';
  return Array.from({ length: n }, (_, i) => {
    const csp = csps[Math.floor(r() * csps.length)]!;
    const wards = wardsByCsp.get(csp)!;
    const theme = THEME_KEYS[Math.floor(r() ** 3 * THEME_KEYS.length)]!;
    const at = new Date(start + Math.floor(r() * span)).toISOString();
    const hex = (i + seed * 10_000_000).toString(16).padStart(12, '0');
    return {
      id: `01900000-0000-7000-8000-${hex}`,
      cspCode: csp,
      themeKey: theme,
      place: { kind: 'area-unit', areaCode: wards[Math.floor(r() * wards.length)]! },
      description: 'Benchmark priority',
      when: { timesOfDay: r() < 0.5 ? ['evening'] : [], days: r() < 0.3 ? ['fri', 'sat'] : [] },
      respondentType: RESPONDENT_TYPES[Math.floor(r() * 3)]!,
      channel: CHANNELS[Math.floor(r() * 4)]!,
      deviceId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    } satisfies Priority;
  });
}

export async function load(db: Db, items: readonly Priority[], offset: number): Promise<void> {
  const areas = await loadAreaIndex(db);
  const now = new Date().toISOString();
  const batch = 400;
  await db.kysely.transaction().execute(async (tx) => {
    for (let i = 0; i < items.length; i += batch) {
      const assigned = items.slice(i, i + batch).map((p) => ({ p, a: areas.assign(p.place) }));
      const rows = assigned.map(({ p, a }, j) => ({
        ...toPriorityRow(p, a, now),
        change_seq: db.kind === 'postgres' ? sql<number>`nextval('priority_change_seq')` : offset + i + j + 1,
        change_tx:
          db.kind === 'postgres' ? sql<number>`pg_current_xact_id()::text::bigint` : offset + i + j + 1,
      }));
      await tx.insertInto('priorities').values(rows).execute();
      // Each priority's areas per vintage, as ingest writes them (the summary may read these).
      await insertAreaRows(
        tx,
        assigned.map(({ p, a }) => ({ id: p.id, rows: a.rows })),
      );
    }
  });
}

export async function wardsOf(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.kysely
    .selectFrom('area_units as w')
    .innerJoin('csp_districts as cd', 'cd.district_code', 'w.parent_code')
    .select(['cd.csp_code', 'w.code'])
    .where('w.level', '=', 'ward')
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.csp_code, [...(out.get(r.csp_code) ?? []), r.code]);
  return out;
}

interface Row {
  store: string;
  what: string;
  runs: number[];
}

const PREVIOUS = { from: '2025-04-01', to: '2026-03-31' };
const OLDER = { from: '2023-04-01', to: '2025-03-31' };
const ALL_YEARS = { from: '2023-04-01', to: '2027-03-31' };

/** As autovacuum leaves PostgreSQL after a bulk load: statistics and the visibility map current. */
async function settle(db: Db): Promise<void> {
  if (db.kind === 'postgres') await sql`vacuum analyze`.execute(db.kysely);
}

async function measure(db: Db, store: string, rows: Row[], docx: number[][]): Promise<void> {
  await migrate(db);
  await seedDemo(db);
  const wards = await wardsOf(db);
  const csps = [...wards.keys()].sort();
  const others = csps.filter((c) => c !== RUGBY);
  const population = seedPopulation();
  const summary =
    (codes: string[], period = YEAR) =>
    () =>
      consultationSummary(db, { cspCodes: codes, period }, { population });

  // Rugby: 50,000 priorities in the year and 50,000 in the year before (the comparison).
  await load(db, makePriorities(50_000, wards, [RUGBY], 1, YEAR), 0);
  await load(db, makePriorities(50_000, wards, [RUGBY], 2, PREVIOUS), 50_000);
  await settle(db);
  rows.push({
    store,
    what: 'one CSP-year of 50,000 (and 50,000 to compare), store of 100,000',
    runs: await timeRuns(RUNS, summary([RUGBY])),
  });
  const result = await summary([RUGBY])();
  if (result.ok) {
    const extras = await loadExportExtras(db, [RUGBY], YEAR);
    docx.push(await timeRuns(RUNS, () => buildExport('docx', result.summary, extras)));
  }
  // Fill the store to 1,000,000: the other CSPs over four years, Rugby's older years.
  await load(db, makePriorities(800_000, wards, others, 3, ALL_YEARS), 100_000);
  await load(db, makePriorities(100_000, wards, [RUGBY], 4, OLDER), 900_000);
  await settle(db);
  rows.push({
    store,
    what: 'the same CSP-year, store of 1,000,000',
    runs: await timeRuns(RUNS, summary([RUGBY])),
  });
  rows.push({
    store,
    what: `all ${csps.length} CSPs over all four years: 1,000,000 priorities in one summary`,
    runs: await timeRuns(3, summary(csps, ALL_YEARS)),
  });
}

export async function run(): Promise<void> {
  const rows: Row[] = [];
  const docx: number[][] = [];
  const dir = mkdtempSync(join(tmpdir(), 'np-bench-summary-'));
  const sqlite = createDatabase({ dataDir: dir });
  try {
    await measure(sqlite, 'SQLite', rows, docx);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    // A schema of its own, dropped afterwards: the benchmark never touches existing data.
    const schema = `bench_summary_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const db = createDatabase({ databaseUrl: url, searchPath: schema });
    try {
      await measure(db, 'PostgreSQL', rows, docx);
    } finally {
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  }
  const body = [
    'Consultation summary (`consultationSummary`: counts aggregated in SQL from the covering index of migration 011, then suppression,',
    'intervals, tests, area tables, quotes) for a period against the period of the same length before it, with the bundled ward population.',
    "The store holds each priority's per-vintage areas as ingest writes them. Targets: one CSP-year under 1 s, DOCX under 3 s.",
    '',
    table(
      ['store', 'summary', 'median ms', 'p90 ms', 'runs'],
      rows.map((r) => [
        r.store,
        r.what,
        formatNumber(median(r.runs)),
        formatNumber(percentile(r.runs, 90)),
        r.runs.length,
      ]),
    ),
    '',
    table(
      ['DOCX for one CSP-year (figures rendered to PNG, all tables)', 'median ms', 'p90 ms'],
      docx.map((d, i) => [
        i === 0 ? 'from the SQLite summary' : 'from the PostgreSQL summary',
        formatNumber(median(d)),
        formatNumber(percentile(d, 90)),
      ]),
    ),
    '',
    url
      ? ''
      : 'PostgreSQL: not measured in this run (set DATABASE_URL to include it; the benchmark works in a schema of its own and drops it).',
  ].join('\n');
  writeSection('summary', 'Consultation summary and DOCX export', body);
}

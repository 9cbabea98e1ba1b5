// Counts a CSP's priorities by theme and ward for a period; src/reports ranks them.
import type { ConsultationSummary } from '../../domain/summary';
import { buildSummary, type ThemeWardCount } from '../../reports/summary';
import type { Db } from '../db/tables';
import { findCsp } from './areas';

export interface SummaryQuery {
  readonly cspCode: string;
  /** Inclusive dates, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function countByThemeAndWard(db: Db, q: SummaryQuery): Promise<ThemeWardCount[]> {
  // created_at is the device's ISO time, so text comparison is date order; "< next day"
  // keeps the whole of the last day and lets the created_at index help.
  const rows = await db.kysely
    .selectFrom('priorities as p')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .select((eb) => ['p.theme_key', 'p.ward_code', 'w.name as ward_name', eb.fn.countAll<number>().as('n')])
    .where((eb) => eb(eb.fn.coalesce('p.assigned_csp_code', 'p.csp_code'), '=', q.cspCode))
    .where('p.created_at', '>=', q.from)
    .where('p.created_at', '<', nextDay(q.to))
    .groupBy(['p.theme_key', 'p.ward_code', 'w.name'])
    .execute();
  return rows.map((r) => ({
    themeKey: r.theme_key,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    count: Number(r.n),
  }));
}

/** undefined when the CSP is not one the store knows. */
export async function consultationSummary(db: Db, q: SummaryQuery): Promise<ConsultationSummary | undefined> {
  const csp = await findCsp(db, q.cspCode);
  if (!csp) return undefined;
  const rows = await countByThemeAndWard(db, q);
  return buildSummary({ cspCode: csp.code, cspName: csp.name, from: q.from, to: q.to, rows });
}

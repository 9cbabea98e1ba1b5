// Which boundary vintages the summary counts a period on, and whether the priorities' own ward
// and CSP columns already hold that vintage's answer (the fast read) or the per-vintage
// assignments must be joined.
import type { Period } from '../../domain/summary';
import type { Db } from '../db/tables';
import { boundarySets, today, vintageOn } from './vintages';

export interface SummaryVintages {
  readonly ward: string | null;
  readonly csp: string | null;
  readonly neighbourhood: string | null;
  /** The priorities' own ward and CSP columns hold these vintages' answer (see `vintagesFor`). */
  readonly own: boolean;
}

/**
 * A priority's own ward_code / assigned_csp_code are its areas in the vintage in force when it
 * arrived, rewritten for every priority when the vintage in force is imported (reassign.ts). So
 * they hold vintage V's answer for every priority when V is in force today and was already in
 * force when it was imported; a set imported ahead of its in-force date leaves older priorities
 * on the previous set until re-imported, and then the per-vintage assignments are read instead.
 */
export async function vintagesFor(db: Db, period: Period): Promise<SummaryVintages> {
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

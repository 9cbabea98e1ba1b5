// Which boundary vintage is in force on a date, per level: the latest set whose in-force date
// has come, or the earliest set for dates before any. Reports ask for the vintage in force on
// their period's last day, so a whole period is counted on one set of boundaries.
import type { BoundaryLevel, Db } from '../db/tables';
import type { CurrentVintages } from '../geo/area-index';

export interface BoundarySetInfo {
  readonly level: BoundaryLevel;
  readonly vintage: string;
  /** YYYY-MM-DD. */
  readonly inForceFrom: string;
}

export function vintageOn(
  sets: readonly BoundarySetInfo[],
  level: BoundaryLevel,
  date: string,
): string | null {
  const ofLevel = sets
    .filter((s) => s.level === level)
    .sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom) || a.vintage.localeCompare(b.vintage));
  const inForce = ofLevel.filter((s) => s.inForceFrom <= date).at(-1) ?? ofLevel[0];
  return inForce?.vintage ?? null;
}

export function vintagesOn(sets: readonly BoundarySetInfo[], date: string): CurrentVintages {
  const out: CurrentVintages = {};
  for (const level of ['ward', 'district', 'neighbourhood', 'csp'] as const) {
    const v = vintageOn(sets, level, date);
    if (v) out[level] = v;
  }
  return out;
}

export async function boundarySets(db: Db): Promise<BoundarySetInfo[]> {
  const rows = await db.kysely
    .selectFrom('boundary_sets')
    .select(['level', 'vintage', 'in_force_from'])
    .execute();
  return rows.map((r) => ({ level: r.level, vintage: r.vintage, inForceFrom: r.in_force_from }));
}

/**
 * The boundary vintages an assessment period reports on: those in force on its last day
 * (YYYY-MM-DD). Every priority has an assignment in every vintage held, so priorities made
 * before a mid-period boundary change are counted in the new areas too.
 */
export async function vintagesForPeriod(db: Db, period: { readonly to: string }): Promise<CurrentVintages> {
  return vintagesOn(await boundarySets(db), period.to);
}

export const today = () => new Date().toISOString().slice(0, 10);

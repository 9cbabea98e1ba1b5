// Per-CSP settings: the month the CSP writes its strategic assessment, which residents are told
// as "next autumn" (src/domain/assessment-due.ts). Set with `cli csp set`; served in CspInfo.
import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';

/** Writes the month (1 to 12), or clears it with null. */
export async function setAssessmentMonth(
  db: Kysely<Tables>,
  cspCode: string,
  month: number | null,
): Promise<void> {
  await db
    .insertInto('csp_settings')
    .values({ csp_code: cspCode, assessment_month: month })
    .onConflict((oc) => oc.column('csp_code').doUpdateSet({ assessment_month: month }))
    .execute();
}

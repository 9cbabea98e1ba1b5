// The audit log: every staff action, who took it, where, and on what. Append-only.
import { v7 } from 'uuid';
import type { StaffPrincipal } from '../../domain/staff';
import type { Db } from '../db/tables';

export interface AuditDetails {
  readonly cspCode?: string | null;
  readonly targetId?: string | null;
  readonly [key: string]: unknown;
}

/** A person signed in, or a named operator at the server's command line. */
export type AuditActor = Pick<StaffPrincipal, 'id' | 'username'> | { readonly cli: string } | null;

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly staffId: string | null;
  readonly actor: string;
  readonly action: string;
  readonly cspCode: string | null;
  readonly targetId: string | null;
  readonly details: Record<string, unknown>;
}

export async function audit(
  db: Pick<Db, 'kysely'>,
  staff: AuditActor,
  action: string,
  details: AuditDetails = {},
): Promise<void> {
  const { cspCode = null, targetId = null, ...rest } = details;
  const actor = staff === null ? 'anonymous' : 'cli' in staff ? `cli:${staff.cli}` : staff.username;
  await db.kysely
    .insertInto('audit_log')
    .values({
      id: v7(),
      at: new Date().toISOString(),
      staff_id: staff && 'id' in staff ? staff.id : null,
      actor,
      action,
      csp_code: cspCode,
      target_id: targetId,
      details: JSON.stringify(rest),
    })
    .execute();
}

export interface AuditQuery {
  /**
   * Only entries about these CSPs, plus (with includeGlobal) entries about no CSP (sign-ins,
   * account changes) whose actor or target is a staff account sharing one of these CSPs.
   */
  readonly cspCodes?: readonly string[];
  readonly includeGlobal?: boolean;
  readonly targetId?: string;
  readonly before?: string;
  readonly limit: number;
}

/** Newest first. */
export async function readAudit(db: Db, query: AuditQuery): Promise<AuditEntry[]> {
  let q = db.kysely.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(query.limit);
  const codes = query.cspCodes;
  if (codes) {
    const inCodes = codes.length ? codes : [''];
    // Staff of another CSP are none of this reader's business, not even their sign-ins.
    const colleagues = db.kysely.selectFrom('user_csps').select('user_id').where('csp_code', 'in', inCodes);
    q = q.where((eb) =>
      eb.or([
        eb('csp_code', 'in', inCodes),
        ...(query.includeGlobal
          ? [
              eb.and([
                eb('csp_code', 'is', null),
                eb.or([eb('staff_id', 'in', colleagues), eb('target_id', 'in', colleagues)]),
              ]),
            ]
          : []),
      ]),
    );
  }
  if (query.targetId) q = q.where('target_id', '=', query.targetId);
  if (query.before) q = q.where('id', '<', query.before);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    actor: r.actor,
    action: r.action,
    cspCode: r.csp_code,
    targetId: r.target_id,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}

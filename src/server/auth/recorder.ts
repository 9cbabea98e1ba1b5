// Patrol records are recorded by a PCSO or officer on a resident's behalf: each names its
// recorder (the staff member signed in on the device when it was captured) and may only
// arrive with that person's live session, with permission to record on behalf, in a CSP
// their account covers.
import type { FastifyRequest } from 'fastify';
import type { RecordCheck } from '../../domain/priority-record';
import { can, ROLE_LABELS } from '../../domain/staff';
import type { Db } from '../db/tables';
import { bearerToken } from './guard';
import { findSession } from './sessions';

export const SIGN_IN_TO_SEND =
  'Records made on patrol are sent with the recording officer’s session: sign in again to send them (they stay on the device).';

/**
 * Checks every patrol record in a push. 'sign-in' when records name a recorder but no live
 * session came with them: the whole push waits (401) so nothing is set aside for good.
 * Otherwise the checks, with records the session may not send turned into rejections.
 */
export async function checkRecorders(
  db: Db,
  request: FastifyRequest,
  checks: readonly RecordCheck[],
): Promise<'sign-in' | RecordCheck[]> {
  const reject = (c: RecordCheck & { ok: true }, reason: string): RecordCheck => ({
    ok: false,
    result: { kind: 'priority', id: c.value.id, status: 'rejected', code: 'not_permitted', reason },
  });
  const needsRecorder = (c: RecordCheck) => c.ok && (c.value.channel === 'patrol' || c.value.recordedBy);
  if (!checks.some(needsRecorder)) return [...checks];
  const token = bearerToken(request);
  const staff = token
    ? (await findSession(db, token, { idleMs: request.server.staffIdleMs }))?.staff
    : undefined;
  if (!staff && checks.some((c) => c.ok && c.value.recordedBy)) return 'sign-in';
  return checks.map((c) => {
    if (!c.ok || !needsRecorder(c)) return c;
    const p = c.value;
    if (!p.recordedBy)
      return reject(c, 'recordedBy: a patrol record must name the staff member who recorded it');
    if (!staff || p.recordedBy !== staff.id)
      return reject(c, 'recorded by another staff member: only they can send it');
    if (!can(staff.role, 'record-on-behalf'))
      return reject(c, `the ${ROLE_LABELS[staff.role]} role may not record on behalf of residents`);
    if (!staff.cspCodes.includes(p.cspCode)) return reject(c, `your account does not cover CSP ${p.cspCode}`);
    return c;
  });
}

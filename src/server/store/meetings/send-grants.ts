// Meeting send grants (migration 017b). A PCSO's staff session can idle out during a long
// meeting held with no signal; the meeting would then wait for a fresh sign-in. Instead, while
// online and signed in, the device asks for a grant: a random token that lets THIS device send
// THIS meeting's bundle for THIS CSP, once, until it expires (a staff session's full length).
// It carries no other permission. Issuing and using it are audited under the staff member who
// asked; disabling the account or a new password withdraws their grants.
import { createHash, randomBytes } from 'node:crypto';
import type { MeetingBundle } from '../../../domain/meeting';
import { can, type StaffPrincipal } from '../../../domain/staff';
import { audit } from '../../auth/audit';
import { staffPrincipal } from '../../auth/sessions';
import type { Db } from '../../db/tables';

export const hashGrant = (token: string) => createHash('sha256').update(token).digest('hex');

export interface IssuedGrant {
  readonly token: string;
  readonly expiresAt: string;
}

/** A new grant for a meeting not yet received (undefined when the store already holds it). */
export async function issueSendGrant(
  db: Db,
  staff: StaffPrincipal,
  asked: { meetingId: string; deviceId: string; cspCode: string },
  ttlMs: number,
  now = Date.now(),
): Promise<IssuedGrant | undefined> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + ttlMs).toISOString();
  return db.kysely.transaction().execute(async (tx) => {
    const held = await tx
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', asked.meetingId)
      .executeTakeFirst();
    if (held) return undefined;
    // One live grant per meeting and device: asking again (a new sign-in) replaces it.
    await tx
      .deleteFrom('meeting_send_grants')
      .where('meeting_id', '=', asked.meetingId)
      .where('device_id', '=', asked.deviceId)
      .execute();
    await tx
      .insertInto('meeting_send_grants')
      .values({
        token_hash: hashGrant(token),
        meeting_id: asked.meetingId,
        device_id: asked.deviceId,
        csp_code: asked.cspCode,
        staff_id: staff.id,
        issued_at: new Date(now).toISOString(),
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
    await audit({ kysely: tx }, staff, 'meeting.send-grant', {
      cspCode: asked.cspCode,
      targetId: asked.meetingId,
      expiresAt,
    });
    return { token, expiresAt };
  });
}

export type GrantCheck =
  | { readonly ok: true; readonly staff: StaffPrincipal; readonly hash: string }
  | { readonly ok: false; readonly status: 401 | 403; readonly message: string };

const ENDED =
  "This meeting's permission to send has ended or does not match it: sign in (More, then Staff sign-in) to send it.";

/** Who a grant lets send this bundle, checked against the bundle and the account as it is now. */
export async function checkSendGrant(
  db: Db,
  token: string,
  bundle: MeetingBundle,
  now = Date.now(),
): Promise<GrantCheck> {
  if (token.length < 20 || token.length > 100) return { ok: false, status: 401, message: ENDED };
  const hash = hashGrant(token);
  const row = await db.kysely
    .selectFrom('meeting_send_grants as g')
    .innerJoin('users as u', 'u.id', 'g.staff_id')
    .select(['g.meeting_id', 'g.device_id', 'g.csp_code', 'g.expires_at', 'g.used_at', 'u.id', 'u.username'])
    .select(['u.display_name', 'u.role', 'u.disabled_at'])
    .where('g.token_hash', '=', hash)
    .executeTakeFirst();
  const fits =
    row &&
    row.disabled_at === null &&
    row.meeting_id === bundle.meeting.id &&
    row.device_id === bundle.deviceId &&
    row.csp_code === bundle.meeting.cspCode;
  // A used grant still answers its own meeting's resend (the store says "duplicate", nothing more).
  if (!fits || (row.used_at === null && Date.parse(row.expires_at) <= now))
    return { ok: false, status: 401, message: ENDED };
  const staff = await staffPrincipal(db, row);
  // The account may have lost the role or the CSP since the grant was issued.
  if (!can(staff.role, 'run-meeting') || !staff.cspCodes.includes(row.csp_code))
    return {
      ok: false,
      status: 403,
      message: `The staff member who authorised this meeting may no longer send meetings for CSP ${row.csp_code}.`,
    };
  return { ok: true, staff, hash };
}

/** Whether a bearer token is a send grant (rather than a staff session). */
export async function isSendGrant(db: Db, token: string): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  const row = await db.kysely
    .selectFrom('meeting_send_grants')
    .select('token_hash')
    .where('token_hash', '=', hashGrant(token))
    .executeTakeFirst();
  return row !== undefined;
}

// Authorising a meeting to be sent later: while online, a signed-in PCSO, officer or
// administrator of the meeting's CSP asks the store for a send grant for this meeting and this
// device (see src/server/store/meetings/send-grants.ts). The finished meeting can then be sent
// even if their session has idled out during a long meeting with no signal.
import { type SendGrant, sendGrantPath } from '../../domain/meetings-api';
import { can } from '../../domain/staff';
import { deviceId } from '../store/kv';
import type { LocalMeeting } from '../store/meeting-types';
import { getMeeting, saveSendGrant } from '../store/meetings';
import { readStaffSession } from '../store/staff';
import { postJson } from '../sync/http';
import { answerMessage } from '../sync/meetings-staff-api';

/** A grant this close to its end is renewed when possible. */
const RENEW_BEFORE_MS = 30 * 60_000;

export type GrantOutcome =
  | { kind: 'granted'; expiresAt: string }
  | { kind: 'nobody' }
  | { kind: 'failed'; message: string };

export const grantLive = (m: Pick<LocalMeeting, 'sendGrant'>, now = Date.now()) =>
  m.sendGrant !== undefined && Date.parse(m.sendGrant.expiresAt) > now;

/** Asks for a grant when the meeting has none (or one about to end) and someone who may send it is signed in. */
export async function authoriseSending(meetingId: string, now = Date.now()): Promise<GrantOutcome> {
  // Read afresh: a grant saved a moment ago (another trigger, another tab) is not asked for again.
  const meeting = await getMeeting(meetingId);
  if (!meeting || meeting.syncState === 'sent') return { kind: 'nobody' };
  if (meeting.sendGrant && Date.parse(meeting.sendGrant.expiresAt) - now > RENEW_BEFORE_MS)
    return { kind: 'granted', expiresAt: meeting.sendGrant.expiresAt };
  const session = await readStaffSession();
  const live = session && !session.endedAt && Date.parse(session.expiresAt) > now;
  if (!live || !can(session.staff.role, 'run-meeting') || !session.staff.cspCodes.includes(meeting.cspCode))
    return grantLive(meeting, now)
      ? { kind: 'granted', expiresAt: meeting.sendGrant!.expiresAt }
      : { kind: 'nobody' };
  const answer = await postJson<SendGrant>(
    sendGrantPath(meeting.id),
    { deviceId: await deviceId(), cspCode: meeting.cspCode },
    { auth: { token: session.token } },
  );
  if (answer.kind !== 'ok') return { kind: 'failed', message: answerMessage(answer) };
  await saveSendGrant(meeting.id, answer.body);
  return { kind: 'granted', expiresAt: answer.body.expiresAt };
}

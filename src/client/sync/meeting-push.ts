// Sends finished meetings, each as ONE bundle, through the shared outbox and its backoff.
// The store keeps a bundle whole or not at all and answers "duplicate" to a resend, so a
// lost answer or a store killed mid-upload just means sending the same bundle again.
// Only a PCSO, officer or administrator of the meeting's CSP may send one: with the send grant
// they gave the meeting while signed in (so a session that idled out during a long meeting does
// not hold it up), or signed in now. Until then the meeting waits on the device, saying who is
// needed (signing in sends it at once).
import { backoffDelay } from '../../domain/backoff';
import type { BundleResponse } from '../../domain/meeting';
import { MEETINGS_API } from '../../domain/meetings-api';
import type { ErrorBody } from '../../domain/sync-protocol';
import { deviceId } from '../store/kv';
import {
  dueMeetingBundles,
  liveSendGrant,
  markMeetingRejected,
  markMeetingSent,
  markMeetingWaiting,
  meetingBundle,
} from '../store/meeting-outbox';
import { deferPush } from '../store/priorities';
import { liveStaffToken } from '../store/staff';
import { postJson } from './http';
import type { PushOutcome } from './push';

export const NEEDS_SIGN_IN =
  'Waiting for a PCSO, officer or administrator of this area to sign in (More, then Staff sign-in): signing in sends it.';

export async function pushMeetingBundles(now = Date.now, random = Math.random): Promise<PushOutcome> {
  let sent = 0;
  const later = (id: string, reason: string) =>
    Promise.all([
      markMeetingWaiting(id, reason),
      deferPush([id], (attempts) => backoffDelay(attempts, random()), reason),
    ]);
  for (const id of await dueMeetingBundles(now())) {
    const bundle = await meetingBundle(id, await deviceId());
    if (!bundle) {
      await markMeetingRejected(id, 'The meeting is not complete on this device.');
      continue;
    }
    // The narrowest permission first: this meeting's own grant, then the signed-in session.
    const tokens = [await liveSendGrant(id, now()), await liveStaffToken()].filter((t) => t !== undefined);
    if (tokens.length === 0) {
      await later(id, NEEDS_SIGN_IN);
      continue;
    }
    let answer = await postJson<BundleResponse>(MEETINGS_API.bundles, bundle, {
      auth: { token: tokens[0]! },
    });
    const refused = () => answer.kind === 'client-error' && (answer.status === 401 || answer.status === 403);
    if (refused() && tokens[1])
      answer = await postJson<BundleResponse>(MEETINGS_API.bundles, bundle, { auth: { token: tokens[1] } });
    if (answer.kind === 'ok') {
      await markMeetingSent(id);
      sent++;
      continue;
    }
    if (answer.kind === 'retryable') {
      await deferPush([id], (attempts) => backoffDelay(attempts, random()), answer.message);
      return { kind: 'retry-later', message: answer.message };
    }
    const error = answer.body as Partial<ErrorBody>;
    if (error.error === 'unsupported_protocol')
      return { kind: 'update-required', message: error.message ?? 'Please update the app.' };
    // The session ended, or this person may not send it (role, or another area's meeting):
    // someone else signing in can, so the meeting keeps waiting.
    if (answer.status === 401) {
      await later(id, `The staff session has ended. ${NEEDS_SIGN_IN}`);
      continue;
    }
    if (answer.status === 403) {
      await later(id, `${error.message ?? 'Not allowed.'} ${NEEDS_SIGN_IN}`);
      continue;
    }
    // The store named what is wrong with this meeting; resending the same bundle cannot help.
    await markMeetingRejected(id, error.message ?? `HTTP ${answer.status}`);
  }
  return { kind: 'done', sent };
}

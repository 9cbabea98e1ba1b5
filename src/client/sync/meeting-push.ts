// Sends finished meetings, each as ONE bundle, through the shared outbox and its backoff.
// The store keeps a bundle whole or not at all and answers "duplicate" to a resend, so a
// lost answer or a store killed mid-upload just means sending the same bundle again.
import { backoffDelay } from '../../domain/backoff';
import type { BundleResponse } from '../../domain/meeting';
import { MEETINGS_API } from '../../domain/meetings-api';
import type { ErrorBody } from '../../domain/sync-protocol';
import { deviceId } from '../store/kv';
import {
  dueMeetingBundles,
  markMeetingRejected,
  markMeetingSent,
  meetingBundle,
} from '../store/meeting-outbox';
import { deferPush } from '../store/priorities';
import { postJson } from './http';
import type { PushOutcome } from './push';

export async function pushMeetingBundles(now = Date.now, random = Math.random): Promise<PushOutcome> {
  let sent = 0;
  for (const id of await dueMeetingBundles(now())) {
    const bundle = await meetingBundle(id, await deviceId());
    if (!bundle) {
      await markMeetingRejected(id, 'The meeting is not complete on this device.');
      continue;
    }
    const answer = await postJson<BundleResponse>(MEETINGS_API.bundles, bundle);
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
    // The store named what is wrong with this meeting; resending the same bundle cannot help.
    await markMeetingRejected(id, error.message ?? `HTTP ${answer.status}`);
  }
  return { kind: 'done', sent };
}

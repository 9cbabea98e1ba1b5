// One push round for "me too" supports, run by the sync engine after the priority outbox.
import { backoffDelay } from '../../domain/backoff';
import {
  MAX_SUPPORT_BATCH,
  SUPPORT_PUSH_PATH,
  type SupportPushRequest,
  type SupportPushResponse,
} from '../../domain/support';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { deviceId } from '../store/kv';
import { deferSupports, dueSupports, markSupportResults } from '../store/supports';
import { postJson } from './http';

export type SupportPushOutcome = { kind: 'done'; sent: number } | { kind: 'retry-later'; message: string };

export async function pushSupportOutbox(now = Date.now, random = Math.random): Promise<SupportPushOutcome> {
  let sent = 0;
  for (let round = 0; round < 100; round++) {
    const due = await dueSupports(now(), MAX_SUPPORT_BATCH);
    if (due.length === 0) break;
    const device = await deviceId();
    const request: SupportPushRequest = {
      protocol: PROTOCOL_VERSION,
      deviceId: device,
      supports: due.map((s) => ({
        id: s.id,
        priorityId: s.priorityId,
        deviceId: device,
        createdAt: s.createdAt,
      })),
    };
    const answer = await postJson<SupportPushResponse>(SUPPORT_PUSH_PATH, request);
    if (answer.kind === 'ok') {
      await markSupportResults(answer.body.results);
      sent += answer.body.results.length;
      continue;
    }
    const message = answer.kind === 'retryable' ? answer.message : `HTTP ${answer.status}`;
    // One jitter for the whole batch keeps it together for its retry.
    const luck = random();
    await deferSupports(
      due.map((s) => s.id),
      (attempts) => backoffDelay(attempts, luck),
    );
    return { kind: 'retry-later', message };
  }
  return { kind: 'done', sent };
}

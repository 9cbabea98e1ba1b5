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
    const queued = await dueSupports(now(), MAX_SUPPORT_BATCH);
    if (queued.length === 0) break;
    // Supports imported from another device's export keep that device's id, so the store counts
    // that person once however many devices send it: one batch per device id.
    const own = await deviceId();
    const sender = queued[0]?.deviceId ?? own;
    const due = queued.filter((s) => (s.deviceId ?? own) === sender);
    const request: SupportPushRequest = {
      protocol: PROTOCOL_VERSION,
      deviceId: sender,
      supports: due.map((s) => ({
        id: s.id,
        priorityId: s.priorityId,
        deviceId: sender,
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

// One push round: send the due outbox entries in batches and record each record's answer.
import { backoffDelay } from '../../domain/backoff';
import {
  API,
  type ErrorBody,
  MAX_BATCH,
  PROTOCOL_VERSION,
  type PushRequest,
  type PushResponse,
} from '../../domain/sync-protocol';
import { deviceId } from '../store/kv';
import { applyPushResults, deferPush, dueForPush } from '../store/priorities';
import { postJson } from './http';

export type PushOutcome =
  | { kind: 'done'; sent: number }
  | { kind: 'retry-later'; message: string }
  | { kind: 'update-required'; message: string };

/** Shrinks when the store says a batch is too large, so a device with huge records still gets through. */
let batchSize = MAX_BATCH;

export async function pushOutbox(now = Date.now, random = Math.random): Promise<PushOutcome> {
  let sent = 0;
  for (;;) {
    const queued = await dueForPush(now(), batchSize);
    if (queued.length === 0) return { kind: 'done', sent };
    // Records imported from another device's export keep that device's id (so the store sees
    // its own records again, not strangers'): one batch per device id.
    const sender = queued[0]?.record.deviceId ?? (await deviceId());
    const due = queued.filter((d) => d.record.deviceId === sender);
    const request: PushRequest = {
      protocol: PROTOCOL_VERSION,
      deviceId: sender,
      sentAt: new Date(now()).toISOString(),
      priorities: due.map((d) => d.record),
    };
    const versions = new Map(due.map((d) => [d.record.id, d.record.version]));
    const answer = await postJson<PushResponse>(API.push, request);
    if (answer.kind === 'ok') {
      await applyPushResults(answer.body.results, versions);
      sent += answer.body.results.length;
      continue;
    }
    const ids = [...versions.keys()];
    const backOff = (message: string) =>
      deferPush(ids, (attempts) => backoffDelay(attempts, random()), message);
    if (answer.kind === 'retryable') {
      await backOff(answer.message);
      return { kind: 'retry-later', message: answer.message };
    }
    const error = answer.body as Partial<ErrorBody>;
    if (error.error === 'unsupported_protocol') {
      return { kind: 'update-required', message: error.message ?? 'Please update the app.' };
    }
    if ((error.error === 'batch_too_large' || error.error === 'payload_too_large') && due.length > 1) {
      batchSize = Math.max(1, Math.floor(due.length / 2));
      continue;
    }
    // A refusal of the whole batch cannot be fixed by resending at once: back off.
    const message = error.message ?? `HTTP ${answer.status}`;
    await backOff(message);
    return { kind: 'retry-later', message };
  }
}

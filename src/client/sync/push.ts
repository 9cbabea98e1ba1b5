// One push round: send the due outbox entries in batches and record each record's answer.
import { backoffDelay } from '../../domain/backoff';
import {
  API,
  MAX_BATCH,
  PROTOCOL_VERSION,
  type PriorityRecord,
  type PushRequest,
  type PushResponse,
} from '../../domain/sync-protocol';
import { deviceId } from '../store/kv';
import { applyPushResults, deferPush, dueForPush } from '../store/priorities';
import { postJson } from './http';
import { pushAnswerAction } from './retry-rules';

export type PushOutcome =
  | { kind: 'done'; sent: number }
  | { kind: 'retry-later'; message: string }
  | { kind: 'update-required'; message: string };

/** Shrinks when the store says a batch is too large, so a device with huge records still gets through. */
let batchSize = MAX_BATCH;

/** A record's own device id when it holds a real one; anything else goes under this device's id. */
const ownedBy = (record: PriorityRecord, self: string): string =>
  typeof record.deviceId === 'string' && UUID.test(record.deviceId) ? record.deviceId : self;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function pushOutbox(now = Date.now, random = Math.random): Promise<PushOutcome> {
  let sent = 0;
  for (;;) {
    const queued = await dueForPush(now(), batchSize);
    if (queued.length === 0) return { kind: 'done', sent };
    // Records imported from another device's export keep that device's id (so the store sees
    // its own records again, not strangers'): one batch per device id. A record whose id is
    // damaged goes under this device's, and the store rejects it on its own, not the batch.
    const self = await deviceId();
    const sender = ownedBy((queued[0] as (typeof queued)[number]).record, self);
    const due = queued.filter((d) => ownedBy(d.record, self) === sender);
    const request: PushRequest = {
      protocol: PROTOCOL_VERSION,
      deviceId: sender,
      sentAt: new Date(now()).toISOString(),
      priorities: due.map((d) => d.record),
    };
    const versions = new Map(due.map((d) => [d.record.id, d.record.version]));
    const action = pushAnswerAction(await postJson<PushResponse>(API.push, request), due.length);
    if (action.kind === 'apply') {
      await applyPushResults(action.body.results, versions);
      sent += action.body.results.length;
      continue;
    }
    if (action.kind === 'update-required') return action;
    if (action.kind === 'shrink-batch') {
      batchSize = Math.max(1, Math.floor(due.length / 2));
      continue;
    }
    // A refusal of the whole batch cannot be fixed by resending at once: back off. One jitter
    // for the batch keeps it together; one each would split it into a trickle of tiny pushes.
    const luck = random();
    await deferPush([...versions.keys()], (attempts) => backoffDelay(attempts, luck), action.message);
    return { kind: 'retry-later', message: action.message };
  }
}

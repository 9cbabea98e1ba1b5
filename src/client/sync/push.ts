// One push round: send the due outbox entries in batches and record each answer.
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
import { deferPush, dueForPush, markPushed, markRejected } from '../store/priorities';
import { postJson } from './http';

export type PushOutcome =
  | { kind: 'done'; sent: number }
  | { kind: 'retry-later'; message: string }
  | { kind: 'update-required'; message: string };

export async function pushOutbox(now = Date.now, random = Math.random): Promise<PushOutcome> {
  let sent = 0;
  for (;;) {
    const due = await dueForPush(now(), MAX_BATCH);
    if (due.length === 0) return { kind: 'done', sent };
    const request: PushRequest = {
      protocol: PROTOCOL_VERSION,
      deviceId: await deviceId(),
      priorities: due.map((d) => d.priority),
    };
    const versions = new Map(due.map((d) => [d.priority.id, d.priority.version]));
    const answer = await postJson<PushResponse>(API.push, request);
    if (answer.kind === 'ok') {
      await markPushed(answer.body.results, versions);
      sent += answer.body.results.length;
      continue;
    }
    const ids = [...versions.keys()];
    if (answer.kind === 'retryable') {
      await deferPush(ids, (attempts) => backoffDelay(attempts, random()), answer.message);
      return { kind: 'retry-later', message: answer.message };
    }
    const error = answer.body as Partial<ErrorBody>;
    if (error.error === 'unsupported_protocol') {
      return { kind: 'update-required', message: error.message ?? 'Please update the app.' };
    }
    if (error.rejected && error.rejected.length > 0) {
      // Set aside only the records the server named; the rest go again at once.
      await markRejected(error.rejected);
      continue;
    }
    // A refusal that names no record cannot be fixed by resending soon: back off.
    await deferPush(
      ids,
      (attempts) => backoffDelay(attempts, random()),
      error.message ?? `HTTP ${answer.status}`,
    );
    return { kind: 'retry-later', message: error.message ?? `HTTP ${answer.status}` };
  }
}

// The moderation queue and decisions, sent with the signed-in officer's session.
import {
  type DecisionBody,
  MODERATION_API,
  type ModerationDecision,
  type ModerationQueueResponse,
} from '../../domain/moderation';
import type { ErrorBody } from '../../domain/sync-protocol';
import { getJson, postJson } from './http';

export type QueueStatus = 'received' | 'published' | 'hidden' | 'merged';

export type ApiAnswer<T> = { ok: true; value: T } | { ok: false; message: string; status: number };

function refusal(answer: { kind: string; status: number; body?: unknown; message?: string }): {
  ok: false;
  message: string;
  status: number;
} {
  if (answer.kind === 'retryable') {
    return {
      ok: false,
      status: answer.status,
      message: 'Could not reach the consultation store. Try again when online.',
    };
  }
  const body = answer.body as Partial<ErrorBody> | undefined;
  return { ok: false, status: answer.status, message: body?.message ?? `Refused (HTTP ${answer.status}).` };
}

export async function fetchQueue(
  csp: string,
  status: QueueStatus,
  cursor?: string,
): Promise<ApiAnswer<ModerationQueueResponse>> {
  const query = new URLSearchParams({ status, limit: '50', ...(cursor ? { cursor } : {}) });
  const answer = await getJson<ModerationQueueResponse>(`${MODERATION_API.queue(csp)}?${query}`);
  return answer.kind === 'ok' ? { ok: true, value: answer.body } : refusal(answer);
}

export async function sendDecision<D extends ModerationDecision>(
  id: string,
  decision: D,
  body: DecisionBody<D>,
): Promise<ApiAnswer<unknown>> {
  const answer = await postJson<unknown>(MODERATION_API.decide(id, decision), body);
  return answer.kind === 'ok' ? { ok: true, value: answer.body } : refusal(answer);
}

// The moderation queue and decisions, sent with the signed-in officer's session.
import {
  type DecisionBody,
  type MergeCandidatesResponse,
  MODERATION_API,
  type ModerationDecision,
  type ModerationQueueResponse,
} from '../../domain/moderation';
import type { FieldIssue } from '../../domain/validation';
import { getJson, type HttpResult, postJson } from './http';
import { explainRefusal } from './refusal';

export type QueueStatus = 'received' | 'published' | 'hidden' | 'merged';

export type ApiAnswer<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; status: number; issues: readonly FieldIssue[] };

function refusal(answer: Exclude<HttpResult<unknown>, { kind: 'ok' }>): ApiAnswer<never> {
  return { ok: false, ...explainRefusal(answer) };
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

/** Priorities of the same CSP this one could be merged into, same theme then nearest first. */
export async function fetchMergeCandidates(
  id: string,
  words: string,
): Promise<ApiAnswer<MergeCandidatesResponse>> {
  const query = new URLSearchParams({ q: words.trim(), limit: '20' });
  const answer = await getJson<MergeCandidatesResponse>(`${MODERATION_API.mergeCandidates(id)}?${query}`);
  return answer.kind === 'ok' ? { ok: true, value: answer.body } : refusal(answer);
}

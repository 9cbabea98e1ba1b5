// The sync engine's retry rules, kept pure so they can be tested without a browser: what a
// push answer means for the batch, and how long to wait before the next round.
import { backoffDelay } from '../../domain/backoff';
import type { ErrorBody, PushResponse } from '../../domain/sync-protocol';
import type { HttpResult } from './http';

export type PushAnswerAction =
  | { kind: 'apply'; body: PushResponse }
  | { kind: 'update-required'; message: string }
  | { kind: 'shrink-batch' }
  | { kind: 'back-off'; message: string };

/**
 * What to do with the store's answer to one batch. Anything that refuses the whole batch
 * (a body damaged in transit, a malformed envelope, a server fault) is waited out with
 * backoff; records the store finds invalid come back one by one inside an 'apply'.
 */
export function pushAnswerAction(answer: HttpResult<PushResponse>, batchLength: number): PushAnswerAction {
  if (answer.kind === 'ok') return { kind: 'apply', body: answer.body };
  if (answer.kind === 'retryable') return { kind: 'back-off', message: answer.message };
  const error = (answer.body ?? {}) as Partial<ErrorBody>;
  if (error.error === 'unsupported_protocol') {
    return { kind: 'update-required', message: error.message ?? 'Please update the app.' };
  }
  if ((error.error === 'batch_too_large' || error.error === 'payload_too_large') && batchLength > 1) {
    return { kind: 'shrink-batch' };
  }
  return { kind: 'back-off', message: error.message ?? `HTTP ${answer.status}` };
}

/** The shortest gap between rounds: a burst of triggers never becomes a burst of requests. */
export const MIN_ROUND_GAP_MS = 250;

export interface RoundTiming {
  readonly now: number;
  /** When the earliest outbox entry is due, if any is queued. */
  readonly due: number | undefined;
  readonly intervalMs: number;
  /** Rounds in a row that ended without everything sent and pulled (0 after a good round). */
  readonly failedRounds: number;
  /** In [0, 1): the jitter for this wait. */
  readonly random: number;
}

/**
 * How long the engine waits before its next scheduled round. After failed rounds it backs
 * off as a whole, however many other entries are due: otherwise a refused batch is followed
 * 250 ms later by the next batch of a large outbox, and so on, hammering a store in trouble.
 * Never longer than the interval, so a stuck batch is still retried (and pulls still run).
 */
export function nextRoundDelay(t: RoundTiming): number {
  const untilDue = t.due === undefined ? t.intervalMs : t.due - t.now;
  const scheduled = Math.max(MIN_ROUND_GAP_MS, Math.min(t.intervalMs, untilDue));
  if (t.failedRounds <= 0) return scheduled;
  // Equal jitter (half fixed, half random): unlike the outbox's full jitter, the wait always
  // doubles with each failed round, so even unlucky draws cannot keep the engine at 1 s.
  const ceiling = backoffDelay(t.failedRounds, 1);
  const backoff = Math.min(t.intervalMs, Math.round(ceiling / 2 + (ceiling / 2) * t.random));
  return Math.max(scheduled, backoff);
}

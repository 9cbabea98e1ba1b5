// Retry delays for the outbox: exponential backoff with full jitter, capped.
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Delay before retry number `attempt` (1 = first retry). `random` is in [0, 1).
 * Full jitter spreads devices that lost signal together so they do not return together.
 */
export function backoffDelay(attempt: number, random: number, policy = DEFAULT_BACKOFF): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  const floor = Math.min(policy.baseMs, exp) / 2;
  return Math.round(floor + (exp - floor) * random);
}

// One sync round: push every outbox, then pull server state. The page's engine and the service
// worker's Background Sync both run this, each step under one Web Lock shared by every tab and the
// worker, so two of them never send the same batch at once or mark the outbox from stale reads.
import type { PushOutcome } from './push';
import { pullEverything, pushEverything } from './rounds';

export type RoundOutcome =
  | { readonly kind: 'done'; readonly sent: number }
  | { readonly kind: 'retry-later'; readonly message?: string }
  | { readonly kind: 'update-required'; readonly message: string };

export const SYNC_LOCK = 'np-sync';

const withSyncLock = async <T>(work: () => Promise<T>): Promise<T> =>
  navigator.locks ? navigator.locks.request(SYNC_LOCK, () => work()) : work();

export async function syncRound(): Promise<RoundOutcome> {
  const pushed: PushOutcome = await withSyncLock(pushEverything);
  if (pushed.kind === 'update-required') return pushed;
  const pulled = await withSyncLock(pullEverything);
  if (pulled === 'update-required') {
    return { kind: 'update-required', message: 'Please update the app (reload it while online).' };
  }
  if (pushed.kind === 'done' && pulled === 'done') return { kind: 'done', sent: pushed.sent };
  return { kind: 'retry-later', message: pushed.kind === 'retry-later' ? pushed.message : undefined };
}

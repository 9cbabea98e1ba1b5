// The sync engine: pushes the outbox and pulls server state after a save, when the network
// returns, at start, on focus and on an interval; waits out backoff between failed rounds.
// Rounds are serialised across tabs with a Web Lock so two tabs never send the same batch at once
// (the server would cope, but it wastes a weak signal).
import { nextAttemptAt, retryAllNow } from '../store/priorities';
import { retrySupportsNow } from '../store/supports';
import type { PushOutcome } from './push';
import { nextRoundDelay } from './retry-rules';
import { pullEverything, pushEverything } from './rounds';

export type SyncPhase = 'idle' | 'syncing' | 'offline' | 'retrying' | 'update-required';

export interface SyncStatus {
  readonly phase: SyncPhase;
  readonly message?: string;
  readonly lastSyncedAt?: number;
}

export interface SyncEngine {
  /** Run a round soon (coalesced with any round already running). */
  kick(): void;
  stop(): void;
}

export interface SyncEngineOptions {
  readonly intervalMs?: number;
  readonly onStatus?: (status: SyncStatus) => void;
}

export function makeSyncEngine(options: SyncEngineOptions = {}): SyncEngine {
  const intervalMs = options.intervalMs ?? 60_000;
  let running = false;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSyncedAt: number | undefined;
  /** Rounds in a row that failed; the engine as a whole backs off on them (retry-rules.ts). */
  let failedRounds = 0;
  /** No scheduled or focus-driven round before this; a save or the network's return may go sooner. */
  let notBefore = 0;
  const report = (status: SyncStatus) => options.onStatus?.(status);

  const withLock = async <T>(work: () => Promise<T>): Promise<T> =>
    navigator.locks ? navigator.locks.request('np-sync', () => work()) : work();

  async function round(): Promise<void> {
    if (!navigator.onLine) {
      report({ phase: 'offline', lastSyncedAt });
      return;
    }
    report({ phase: 'syncing', lastSyncedAt });
    const outcome: PushOutcome = await withLock(pushEverything);
    if (outcome.kind === 'update-required') {
      report({ phase: 'update-required', message: outcome.message, lastSyncedAt });
      return;
    }
    const pulled = await withLock(pullEverything);
    if (pulled === 'update-required') {
      report({
        phase: 'update-required',
        message: 'Please update the app (reload it while online).',
        lastSyncedAt,
      });
      return;
    }
    if (outcome.kind === 'done' && pulled === 'done') {
      failedRounds = 0;
      lastSyncedAt = Date.now();
      report({ phase: 'idle', lastSyncedAt });
    } else {
      failedRounds++;
      report({
        phase: 'retrying',
        message: outcome.kind === 'retry-later' ? outcome.message : undefined,
        lastSyncedAt,
      });
    }
  }

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await round().catch((error: unknown) => {
          failedRounds++;
          report({ phase: 'retrying', message: String(error), lastSyncedAt });
        });
      } while (again && !stopped);
    } finally {
      running = false;
      await scheduleNext();
    }
  }

  async function scheduleNext(): Promise<void> {
    if (stopped) return;
    clearTimeout(timer);
    const due = await nextAttemptAt().catch(() => undefined);
    const now = Date.now();
    const wait = nextRoundDelay({ now, due, intervalMs, failedRounds, random: Math.random() });
    notBefore = failedRounds > 0 ? now + wait : 0;
    timer = setTimeout(() => void run(), wait);
  }

  const onOnline = () => {
    // The network is back: waiting out the backoff helps no one.
    failedRounds = 0;
    void Promise.all([retryAllNow(), retrySupportsNow()]).then(run);
  };
  const onOffline = () => report({ phase: 'offline', lastSyncedAt });
  const onVisible = () => document.visibilityState === 'visible' && Date.now() >= notBefore && void run();
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('focus', onVisible);
  void run();

  return {
    kick: () => void run(),
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    },
  };
}

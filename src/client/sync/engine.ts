// The page's sync engine: runs a sync round (round.ts) after a save, when the network returns,
// at start, on focus and on an interval; waits out backoff between failed rounds. Whenever work
// is left waiting (offline, or a round failed) it also asks the service worker for a Background
// Sync, which sends it when the network returns even if the app has been closed.
import { nextAttemptAt, retryAllNow } from '../store/priorities';
import { retrySupportsNow } from '../store/supports';
import { requestBackgroundSync } from './background-sync';
import { nextRoundDelay } from './retry-rules';
import { syncRound } from './round';

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

  // Only when something waits: an empty outbox needs no wake-up call.
  const askWorker = async () => {
    if ((await nextAttemptAt()) !== undefined) await requestBackgroundSync();
  };

  async function round(): Promise<void> {
    if (!navigator.onLine) {
      report({ phase: 'offline', lastSyncedAt });
      await askWorker();
      return;
    }
    report({ phase: 'syncing', lastSyncedAt });
    const outcome = await syncRound();
    if (outcome.kind === 'update-required') {
      report({ phase: 'update-required', message: outcome.message, lastSyncedAt });
    } else if (outcome.kind === 'done') {
      failedRounds = 0;
      lastSyncedAt = Date.now();
      report({ phase: 'idle', lastSyncedAt });
    } else {
      failedRounds++;
      report({ phase: 'retrying', message: outcome.message, lastSyncedAt });
      await askWorker();
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

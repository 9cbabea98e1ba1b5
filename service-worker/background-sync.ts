// Background Sync in the service worker: when the browser is back online it fires `sync` for
// the tag the page registered, and the worker runs the very round the page runs (the same
// outbox in IndexedDB, the same http module), so waiting priorities go even with the app closed.
import { retryAllNow } from '../src/client/store/priorities';
import { retrySupportsNow } from '../src/client/store/supports';
import { BACKGROUND_SYNC_TAG } from '../src/client/sync/background-sync';
import { syncRound } from '../src/client/sync/round';

declare const self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

async function backgroundRound(lastChance: boolean): Promise<void> {
  // The event means the network is back: records waiting out a backoff go now, as on `online`.
  await Promise.all([retryAllNow(), retrySupportsNow()]);
  const outcome = await syncRound();
  // A rejected promise asks the browser to fire the event again later, with its own backoff.
  // On its last chance nothing more is asked: the page's engine sends at the next start.
  if (outcome.kind === 'retry-later' && !lastChance) {
    throw new Error(outcome.message ?? 'Some records are still waiting to send.');
  }
}

export function registerBackgroundSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag === BACKGROUND_SYNC_TAG) sync.waitUntil(backgroundRound(sync.lastChance));
  });
}

// Background Sync from the page's side: when work is left waiting (saved offline, or a push
// failed), ask the service worker to sync as soon as the browser is online again, even if the
// app has been closed by then. Browsers without Background Sync (Firefox, Safari) simply keep
// the page's engine: at start, on `online`, on focus and on an interval.

/** The tag the service worker answers (service-worker/background-sync.ts). */
export const BACKGROUND_SYNC_TAG = 'np-outbox';

interface SyncManagerLike {
  register(tag: string): Promise<void>;
}

/** True when the browser took the request; false where there is no Background Sync. */
export async function requestBackgroundSync(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  // getRegistration, not ready: ready never settles where no worker is registered (dev server).
  const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const sync = (registration as { sync?: SyncManagerLike } | undefined)?.sync;
  if (!sync) return false;
  // Refused when the person turned background sync off for the site: the page's engine remains.
  return sync.register(BACKGROUND_SYNC_TAG).then(
    () => true,
    () => false,
  );
}

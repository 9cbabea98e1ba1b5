// "Reload to update": a new service worker waits until the person chooses to reload, so an
// update never interrupts a half-written priority. Drafts and the outbox live in IndexedDB,
// which an update does not touch; the draft writer is flushed before the reload.
import { type Accessor, createSignal, onCleanup } from 'solid-js';

export interface AppUpdate {
  readonly ready: Accessor<boolean>;
  apply(): Promise<void>;
}

const UPDATE_CHECK_MS = 30 * 60_000;

export function createAppUpdate(beforeReload: () => Promise<void>): AppUpdate {
  const [waiting, setWaiting] = createSignal<ServiceWorker>();
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) {
    return { ready: () => false, apply: async () => undefined };
  }
  const sw = navigator.serviceWorker;
  let requested = false;
  let registration: ServiceWorkerRegistration | undefined;

  const offer = (worker: ServiceWorker | null | undefined) => {
    // With no controller this is the first install, which activates by itself.
    if (worker && sw.controller) setWaiting(worker);
  };
  void sw.ready.then((reg) => {
    registration = reg;
    offer(reg.waiting);
    reg.addEventListener('updatefound', () => {
      const installing = reg.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  });

  // Only a reload the person asked for: the first install also changes the controller.
  const onControllerChange = () => requested && window.location.reload();
  const check = () => document.visibilityState === 'visible' && void registration?.update().catch(() => {});
  sw.addEventListener('controllerchange', onControllerChange);
  document.addEventListener('visibilitychange', check);
  const timer = setInterval(check, UPDATE_CHECK_MS);
  onCleanup(() => {
    sw.removeEventListener('controllerchange', onControllerChange);
    document.removeEventListener('visibilitychange', check);
    clearInterval(timer);
  });

  return {
    ready: () => waiting() !== undefined,
    async apply() {
      await beforeReload();
      requested = true;
      waiting()?.postMessage({ type: 'SKIP_WAITING' });
    },
  };
}

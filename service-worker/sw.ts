// The service worker: precaches the app shell so a cold start offline works, answers
// navigations with the cached shell, keeps map tiles for offline use, and sends the outbox on
// Background Sync. API calls always go to the network (sync owns retries).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { registerBackgroundSync } from './background-sync';
import { registerTileRoute } from './tiles';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// A new version waits until the person presses "Reload to update" (see src/client/update.ts),
// so an update never swaps the app under a half-written priority.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/healthz/],
  }),
);
registerTileRoute();
registerBackgroundSync();

// Map tiles, cache-first: a tile the person saved for offline use wins; otherwise tiles are kept
// as they are viewed, bounded in count and age by workbox-expiration, and an out-of-date tile is
// still shown when there is no network (an old tile beats a grey square).
// Only CORS responses with status 200 are stored: an opaque response costs ~7 MB of quota.
import type { WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import {
  SAVED_TILE_CACHE,
  TILE_PATH,
  VIEWED_TILE_CACHE,
  VIEWED_TILE_MAX_AGE_S,
  VIEWED_TILE_MAX_ENTRIES,
} from '../src/domain/tiles';

/**
 * The expiration plugin judges a cached tile's age by its Date header, which a cross-origin
 * (CORS) response does not let the worker read: stamp each tile with the time it was stored.
 * Also refuses anything but a 200 (opaque responses included), as the default would.
 */
const stampStoredAt: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200) return null; // an opaque response's status is 0
    const headers = new Headers(response.headers);
    headers.set('date', new Date().toUTCString());
    return new Response(await response.blob(), { status: 200, headers });
  },
};

/** Keeps the cached tile the expiration plugin turns down as too old, for when the network fails. */
const staleWhenOffline: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, state }) => {
    if (state) state.stale = cachedResponse;
    return cachedResponse ?? null;
  },
  handlerDidError: async ({ state }) => (state?.stale as Response | undefined) ?? undefined,
};

const viewedTiles = new CacheFirst({
  cacheName: VIEWED_TILE_CACHE,
  plugins: [
    stampStoredAt,
    staleWhenOffline,
    new ExpirationPlugin({
      maxEntries: VIEWED_TILE_MAX_ENTRIES,
      maxAgeSeconds: VIEWED_TILE_MAX_AGE_S,
      // A full disk empties this cache (tiles come back as they are viewed); saved areas stay.
      purgeOnQuotaError: true,
    }),
  ],
});

export function registerTileRoute(): void {
  // Only the map's own <img> requests: the page's pre-download fetches write the saved cache
  // themselves and must not be copied into the viewed one.
  registerRoute(
    ({ request, url }) => request.destination === 'image' && TILE_PATH.test(url.href),
    async ({ event, request }) =>
      (await (await caches.open(SAVED_TILE_CACHE)).match(request)) ?? viewedTiles.handle({ event, request }),
  );
}

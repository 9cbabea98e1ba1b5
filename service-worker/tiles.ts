// Map tiles, cache-first: a tile the person saved for offline use wins; otherwise tiles are
// kept as they are viewed, bounded in count and age so the cache cannot grow without limit.
// Only CORS responses with status 200 are stored: an opaque response costs ~7 MB of quota.
// Hand-written rather than workbox-expiration: it is a few lines here, and that plugin (with
// its IndexedDB helper) would take a quarter of the worker's size budget.
import { registerRoute } from 'workbox-routing';
import {
  SAVED_TILE_CACHE,
  TILE_PATH,
  VIEWED_TILE_CACHE,
  VIEWED_TILE_MAX_AGE_S,
  VIEWED_TILE_MAX_ENTRIES,
} from '../src/domain/tiles';

const STORED_AT = 'x-np-stored-at';
/** Listing a big cache is not free: check the bound every so many new tiles. */
const TRIM_EVERY = 50;
let stored = 0;

async function fromNetwork(request: Request, viewed: Cache, stale?: Response): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    // Offline: an old tile beats a grey square.
    if (stale) return stale;
    throw error;
  }
  if (response.status !== 200 || response.type === 'opaque') return response;
  const headers = new Headers(response.headers);
  headers.set(STORED_AT, String(Date.now()));
  const copy = new Response(await response.clone().blob(), { status: 200, headers });
  await viewed.put(request, copy).catch(() => viewed.keys().then((k) => trim(viewed, k, k.length / 2)));
  if (++stored % TRIM_EVERY === 1) {
    const keys = await viewed.keys();
    if (keys.length > VIEWED_TILE_MAX_ENTRIES)
      await trim(viewed, keys, keys.length - VIEWED_TILE_MAX_ENTRIES);
  }
  return response;
}

/** Drops the oldest entries: Cache Storage lists keys in the order they were stored. */
async function trim(cache: Cache, keys: readonly Request[], drop: number): Promise<void> {
  await Promise.all(keys.slice(0, Math.ceil(drop)).map((k) => cache.delete(k)));
}

async function tile(request: Request): Promise<Response> {
  const saved = await (await caches.open(SAVED_TILE_CACHE)).match(request);
  if (saved) return saved;
  const viewed = await caches.open(VIEWED_TILE_CACHE);
  const held = await viewed.match(request);
  const age = (Date.now() - Number(held?.headers.get(STORED_AT) ?? 0)) / 1000;
  if (held && age < VIEWED_TILE_MAX_AGE_S) return held;
  return fromNetwork(request, viewed, held);
}

export function registerTileRoute(): void {
  // Only the map's own <img> requests: the page's pre-download fetches write the saved cache
  // themselves and must not be copied into the viewed one.
  registerRoute(
    ({ request, url }) => request.destination === 'image' && TILE_PATH.test(url.href),
    ({ request }) => tile(request),
  );
}

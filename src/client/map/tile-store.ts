// The device's offline map tiles in Cache Storage (shared with the service worker): what is
// saved, how much room is left, and removing saved areas.
import { SAVED_TILE_CACHE, VIEWED_TILE_CACHE } from '../../domain/tiles';

export interface TileStoreStats {
  readonly saved: number;
  readonly viewed: number;
  /** Bytes used and available to this site, when the browser says. */
  readonly usage?: number;
  readonly quota?: number;
}

const hasCaches = () => typeof caches !== 'undefined';

async function count(name: string): Promise<number> {
  if (!hasCaches() || !(await caches.has(name))) return 0;
  return (await (await caches.open(name)).keys()).length;
}

export async function tileStoreStats(): Promise<TileStoreStats> {
  const [saved, viewed] = await Promise.all([count(SAVED_TILE_CACHE), count(VIEWED_TILE_CACHE)]);
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  return { saved, viewed, usage: estimate?.usage, quota: estimate?.quota };
}

export async function openSavedTiles(): Promise<Cache | undefined> {
  return hasCaches() ? caches.open(SAVED_TILE_CACHE) : undefined;
}

/** Forget every saved area (viewed tiles stay: they expire by themselves). */
export async function removeSavedTiles(): Promise<void> {
  if (hasCaches()) await caches.delete(SAVED_TILE_CACHE);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

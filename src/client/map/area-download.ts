// "Save this area for offline use": fetches every tile covering an area at the chosen zooms
// into the saved-tiles cache, a few at a time, skipping tiles already saved, reporting
// progress, and stopping promptly when cancelled. Callers check the provider allows it.
import { type Bbox, countTiles, type TileXyz, tilesIn, tileUrl } from '../../domain/tiles';
import { fetchForCache } from '../sync/http';
import { openSavedTiles } from './tile-store';

export interface AreaDownloadProgress {
  readonly total: number;
  /** Tiles finished so far: saved now, already saved, or failed. */
  readonly done: number;
  readonly failed: number;
}

export type AreaDownloadResult = AreaDownloadProgress & {
  readonly outcome: 'complete' | 'cancelled';
  /** Tiles of this area now held on the device (counted from the cache, not from the run). */
  readonly saved: number;
};

export interface AreaDownloadRequest {
  readonly template: string;
  readonly bbox: Bbox;
  readonly zooms: readonly number[];
  readonly signal: AbortSignal;
  readonly onProgress?: (progress: AreaDownloadProgress) => void;
  /** Parallel requests: polite to the tile server and enough to fill a phone's link. */
  readonly concurrency?: number;
}

export async function downloadArea(request: AreaDownloadRequest): Promise<AreaDownloadResult> {
  const cache = await openSavedTiles();
  if (!cache) throw new Error('This browser cannot keep map tiles for offline use.');
  const total = countTiles(request.bbox, request.zooms);
  const queue = tilesIn(request.bbox, request.zooms);
  let done = 0;
  let failed = 0;
  let lastReport = 0;
  const report = (force = false) => {
    // At most ~10 updates a second: a progress bar needs no more, and the page stays smooth.
    const now = performance.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    request.onProgress?.({ total, done, failed });
  };

  async function saveOne(tile: TileXyz): Promise<void> {
    const url = tileUrl(request.template, tile);
    if (!(await cache?.match(url))) {
      const response = await fetchForCache(url, request.signal);
      if (response) await cache?.put(url, response);
      else failed++;
    }
    done++;
    report();
  }

  async function worker(): Promise<void> {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      if (request.signal.aborted) return;
      await saveOne(next.value).catch((error: unknown) => {
        if (!request.signal.aborted) throw error;
      });
    }
  }

  report(true);
  await Promise.all(Array.from({ length: request.concurrency ?? 4 }, worker));
  report(true);
  const held = new Set((await cache.keys()).map((r) => r.url));
  let saved = 0;
  for (const tile of tilesIn(request.bbox, request.zooms))
    if (held.has(tileUrl(request.template, tile))) saved++;
  return { total, done, failed, saved, outcome: request.signal.aborted ? 'cancelled' : 'complete' };
}

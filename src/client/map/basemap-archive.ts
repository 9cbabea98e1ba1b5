// The CSP's PMTiles basemap saved whole on the device (Cache Storage), with progress and cancel.
import { PMTILES_CACHE } from '../../domain/tiles';
import { fetchForCache } from '../sync/http';

const hasCaches = () => typeof caches !== 'undefined';

export async function savedBasemapArchive(url: string): Promise<Blob | undefined> {
  if (!hasCaches() || !url) return undefined;
  const held = await (await caches.open(PMTILES_CACHE)).match(url);
  return held ? held.blob() : undefined;
}

export interface ArchiveProgress {
  readonly received: number;
  /** From Content-Length; undefined when the server does not say. */
  readonly total: number | undefined;
}

/** Downloads the whole archive and keeps it; resolves false when cancelled or refused. */
export async function saveBasemapArchive(
  url: string,
  signal: AbortSignal,
  onProgress: (p: ArchiveProgress) => void,
): Promise<boolean> {
  const response = await fetchForCache(url, signal);
  if (!response?.body) return false;
  const total = Number(response.headers.get('content-length')) || undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  const blob = new Blob(chunks as BlobPart[], { type: 'application/vnd.pmtiles' });
  await (await caches.open(PMTILES_CACHE)).put(
    url,
    new Response(blob, { headers: { 'content-length': String(blob.size) } }),
  );
  return true;
}

export async function removeBasemapArchive(): Promise<void> {
  if (hasCaches()) await caches.delete(PMTILES_CACHE);
}

// Fetches a CSP's whole public set page by page and keeps it on the device; the cached set is
// replaced only once every page has arrived, so a dropped signal never leaves half a map.
import type { PublicPage, PublicPriority } from '../../domain/public';
import { MAX_PUBLIC_PAGE } from '../../domain/public';
import { API } from '../../domain/sync-protocol';
import { type PublicCache, writePublicCache } from '../store/public-cache';
import { getJson } from './http';

export const publicPrioritiesUrl = (cspCode: string) => `${API.csps}/${cspCode}/public-priorities`;

export async function refreshPublicPriorities(cspCode: string): Promise<PublicCache | undefined> {
  const items: PublicPriority[] = [];
  let cursor = '';
  for (let page = 0; page < 1000; page++) {
    const query = new URLSearchParams({ limit: String(MAX_PUBLIC_PAGE), ...(cursor ? { cursor } : {}) });
    const answer = await getJson<PublicPage>(`${publicPrioritiesUrl(cspCode)}?${query}`);
    if (answer.kind !== 'ok') return undefined;
    items.push(...answer.body.items);
    if (!answer.body.more) break;
    cursor = answer.body.cursor;
  }
  return writePublicCache(cspCode, items);
}

// The CSP's public priorities kept on the device (one record per CSP), so the map, the list
// and "me too" offers work offline. Replaced whole on each successful refresh.
import type { PublicPriority } from '../../domain/public';
import { readKv, writeKv } from './kv';

export interface PublicCache {
  readonly cspCode: string;
  readonly items: readonly PublicPriority[];
  /** When the device last had the whole set from the store (epoch ms). */
  readonly fetchedAt: number;
}

const key = (cspCode: string) => `public:${cspCode}`;

export const readPublicCache = (cspCode: string): Promise<PublicCache | undefined> =>
  readKv<PublicCache>(key(cspCode));

export async function writePublicCache(cspCode: string, items: readonly PublicPriority[], now = Date.now()) {
  const cache: PublicCache = { cspCode, items, fetchedAt: now };
  await writeKv(key(cspCode), cache);
  return cache;
}

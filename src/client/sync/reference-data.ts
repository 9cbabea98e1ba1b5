// Config, ward boundaries and police neighbourhoods: served by the store, kept on the device so
// a cold start offline still has a map of the CSP.
import type { ClientConfig } from '../../domain/areas';
import { API } from '../../domain/sync-protocol';
import { readKv, writeKv } from '../store/kv';
import { getJson } from './http';

/** Named areas drawn on the map and looked up on the device: wards or police neighbourhoods. */
export type AreaCollection<P extends { code: string; name: string } = { code: string; name: string }> =
  GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, P>;
export type WardCollection = AreaCollection<{ code: string; name: string; districtCode: string }>;
/** Empty (no features) where the store holds no neighbourhood boundaries for the CSP. */
export type NeighbourhoodCollection = AreaCollection;

export async function cachedConfig(): Promise<ClientConfig | undefined> {
  return readKv<ClientConfig>('config');
}

export async function refreshConfig(): Promise<ClientConfig | undefined> {
  const answer = await getJson<ClientConfig>(API.config);
  if (answer.kind !== 'ok') return undefined;
  await writeKv('config', answer.body);
  return answer.body;
}

/** The store's copy when online (kept for next time), else undefined. */
async function refreshAreas<T>(key: string, url: string): Promise<T | undefined> {
  const answer = await getJson<T>(url);
  if (answer.kind !== 'ok') return undefined;
  await writeKv(key, answer.body);
  return answer.body;
}

export const cachedBoundaries = (csp: string) => readKv<WardCollection>(`boundaries:${csp}`);
export const refreshBoundaries = (csp: string) =>
  refreshAreas<WardCollection>(`boundaries:${csp}`, API.boundaries(csp));
export const cachedNeighbourhoods = (csp: string) => readKv<NeighbourhoodCollection>(`neighbourhoods:${csp}`);
export const refreshNeighbourhoods = (csp: string) =>
  refreshAreas<NeighbourhoodCollection>(`neighbourhoods:${csp}`, API.neighbourhoods(csp));

export async function chosenCsp(): Promise<string | undefined> {
  return readKv<string>('csp');
}

export async function chooseCsp(code: string): Promise<void> {
  await writeKv('csp', code);
}

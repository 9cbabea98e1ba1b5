// Config and boundaries: served by the store, kept on the device so a cold start offline
// still has a map of the CSP.
import type { ClientConfig } from '../../domain/areas';
import { API } from '../../domain/sync-protocol';
import { readKv, writeKv } from '../store/kv';
import { getJson } from './http';

export type WardCollection = GeoJSON.FeatureCollection<
  GeoJSON.Polygon | GeoJSON.MultiPolygon,
  { code: string; name: string; districtCode: string }
>;

export async function cachedConfig(): Promise<ClientConfig | undefined> {
  return readKv<ClientConfig>('config');
}

export async function refreshConfig(): Promise<ClientConfig | undefined> {
  const answer = await getJson<ClientConfig>(API.config);
  if (answer.kind !== 'ok') return undefined;
  await writeKv('config', answer.body);
  return answer.body;
}

export async function cachedBoundaries(csp: string): Promise<WardCollection | undefined> {
  return readKv<WardCollection>(`boundaries:${csp}`);
}

export async function refreshBoundaries(csp: string): Promise<WardCollection | undefined> {
  const answer = await getJson<WardCollection>(API.boundaries(csp));
  if (answer.kind !== 'ok') return undefined;
  await writeKv(`boundaries:${csp}`, answer.body);
  return answer.body;
}

export async function chosenCsp(): Promise<string | undefined> {
  return readKv<string>('csp');
}

export async function chooseCsp(code: string): Promise<void> {
  await writeKv('csp', code);
}

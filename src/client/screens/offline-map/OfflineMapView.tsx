// "Map for offline use": what the device keeps for use with no signal, and "save this area for
// offline use" where the basemap provider allows it.
import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import type { ClientConfig } from '../../../domain/areas';
import { geometryBbox } from '../../../domain/tiles';
import { formatBytes, removeSavedTiles, tileStoreStats } from '../../map/tile-store';
import type { AreaCollection, NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import { AreaSaver, type SaveableArea } from './AreaSaver';
import { BasemapArchive } from './BasemapArchive';
import './offline-map.css';

function saveableAreas(
  wards: WardCollection | undefined,
  neighbourhoods: NeighbourhoodCollection | undefined,
): SaveableArea[] {
  const of = (kind: SaveableArea['kind'], areas: AreaCollection | undefined) =>
    (areas?.features ?? [])
      .map((f) => ({
        kind,
        code: f.properties.code,
        name: f.properties.name,
        bbox: geometryBbox(f.geometry),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  return [...of('ward', wards), ...of('neighbourhood', neighbourhoods)];
}

export function OfflineMapView(props: {
  config: ClientConfig;
  wards: WardCollection | undefined;
  neighbourhoods: NeighbourhoodCollection | undefined;
}) {
  const [stats, { refetch }] = createResource(tileStoreStats);
  const [message, setMessage] = createSignal('');
  const timer = setInterval(() => void refetch(), 5000);
  onCleanup(() => clearInterval(timer));
  const tiles = () => props.config.tiles;

  async function removeSaved() {
    await removeSavedTiles();
    setMessage('Saved map areas removed from this device.');
    await refetch();
  }

  return (
    <section aria-labelledby="offline-heading" class="offline-map">
      <h2 id="offline-heading">Map for offline use</h2>
      <p>
        Your area's ward boundaries (and police neighbourhoods, where they are held) are always kept on this
        device, so the map works with no signal. Map tiles you look at are kept for 30 days, so places you
        have viewed still show offline.
      </p>
      <Show when={stats()}>
        {(s) => (
          <p class="meta">
            On this device: {s().saved} map tiles saved for offline use, {s().viewed} kept from viewing
            <Show when={s().usage !== undefined && s().quota}>
              {' '}
              · storage used {formatBytes(s().usage ?? 0)} of {formatBytes(s().quota ?? 0)}
            </Show>
            .
          </p>
        )}
      </Show>
      <Switch
        fallback={
          <p class="signpost">
            The map provider's terms do not allow saving whole areas in advance, so only tiles you have viewed
            are kept. To prepare for a visit, look at the streets you need while you have a signal.
          </p>
        }
      >
        <Match when={tiles().pmtilesUrl}>
          <BasemapArchive url={tiles().pmtilesUrl} onChanged={() => void refetch()} />
        </Match>
        <Match when={tiles().urlTemplate && tiles().bulkDownloadAllowed}>
          <AreaSaver
            tiles={tiles()}
            areas={saveableAreas(props.wards, props.neighbourhoods)}
            onChanged={() => void refetch()}
          />
        </Match>
      </Switch>
      <Show when={(stats()?.saved ?? 0) > 0}>
        <button type="button" class="secondary" onClick={removeSaved}>
          Remove saved map areas
        </button>
      </Show>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
    </section>
  );
}

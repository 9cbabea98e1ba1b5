// "Priorities in your area": every published priority of the CSP, clustered on a map and in
// a list (the non-map path), each with "me too". Works offline from the copy on the device.
// Loaded lazily: supercluster and this screen are not needed for the first paint.
import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { createEffect, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import type { ClientConfig, CspInfo } from '../../../domain/areas';
import type { PublicPriority } from '../../../domain/public';
import { fitCsp, makeBaseMap } from '../../map/base-map';
import { type ClusterLayer, makeClusterLayer, priorityMarkerName } from '../../map/cluster-layer';
import { usePublicSet } from '../../public/public-set';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import BoundaryLayers from '../../ui/BoundaryLayers';
import { PublicList } from './PublicList';
import { PublicPriorityCard } from './PublicPriorityCard';
import './public-priorities.css';

function freshness(fetchedAt: number | undefined, refreshing: boolean, count: number): string {
  if (fetchedAt === undefined)
    return refreshing
      ? 'Fetching published priorities…'
      : 'Published priorities have not reached this device yet: go online to see them.';
  const when = new Date(fetchedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return `${count} published ${count === 1 ? 'priority' : 'priorities'} · updated ${when}${refreshing ? ' · checking for new ones…' : ''}`;
}

export default function PublicPrioritiesView(props: {
  config: ClientConfig;
  csp: CspInfo | undefined;
  wards: WardCollection | undefined;
  neighbourhoods: NeighbourhoodCollection | undefined;
}) {
  const set = usePublicSet();
  const [selected, setSelected] = createSignal<PublicPriority>();
  let element!: HTMLDivElement;
  let map: L.Map | undefined;
  let clusters: ClusterLayer | undefined;
  const [leaflet, setLeaflet] = createSignal<L.Map>();

  onMount(() => {
    const created = makeBaseMap(element, props.config.tiles, props.config.boundaryAttribution);
    map = created;
    clusters = makeClusterLayer(created, setSelected, (p) => priorityMarkerName(p, props.wards));
    setLeaflet(created);
    onCleanup(() => {
      clusters?.remove();
      created.remove();
    });
  });
  createEffect(() => {
    const csp = props.csp;
    if (map && csp) fitCsp(map, csp);
  });
  createEffect(() => clusters?.setItems(set.items()));
  createEffect(
    on(
      () => props.wards,
      () => clusters?.rename(),
      { defer: true },
    ),
  );

  return (
    <section aria-labelledby="public-heading" class="public-view">
      <h2 id="public-heading">Priorities in your area</h2>
      <p class="meta" role="status" aria-live="polite">
        {freshness(set.fetchedAt(), set.refreshing(), set.items().length)}
      </p>
      <p class="hint">
        Places are shown to the nearest 100 m or so, never exactly. Choose a circle to zoom in, or a dot to
        read it; the list below has every priority without the map.
      </p>
      <div
        ref={element}
        class="map"
        role="application"
        aria-label="Map of published priorities. Numbered circles are groups; dots are single priorities."
      />
      <BoundaryLayers map={leaflet()} wards={props.wards} neighbourhoods={props.neighbourhoods} />
      <Show when={selected()}>
        {(p) => (
          <section class="selected-priority" aria-label="Chosen on the map">
            <PublicPriorityCard priority={p()} wards={props.wards} />
            <button type="button" class="secondary" onClick={() => setSelected(undefined)}>
              Close
            </button>
          </section>
        )}
      </Show>
      <PublicList items={set.items()} wards={props.wards} />
    </section>
  );
}

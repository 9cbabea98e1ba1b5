// "Priorities in your area": every published priority of the CSP, clustered on a map or in
// a list (the non-map path), each with "me too" and its latest progress; either can show only
// the priorities with progress. Works offline from the copy on the device.
// Loaded lazily: supercluster and this screen are not needed for the first paint.
import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { createEffect, createMemo, createSignal, on, onCleanup, onMount, Show } from 'solid-js';
import type { ClientConfig, CspInfo } from '../../../domain/areas';
import { hasProgress, type PublicPriority } from '../../../domain/public';
import { PATHS } from '../../frame/paths';
import { fitCsp, makeBaseMap } from '../../map/base-map';
import { type ClusterLayer, makeClusterLayer, priorityMarkerName } from '../../map/cluster-layer';
import { usePublicSet } from '../../public/public-set';
import type { NeighbourhoodCollection, WardCollection } from '../../sync/reference-data';
import BoundaryLayers from '../../ui/BoundaryLayers';
import { formatDateTime } from '../../ui/dates';
import { PublicList } from './PublicList';
import { PublicPriorityCard } from './PublicPriorityCard';
import './public-priorities.css';

function freshness(fetchedAt: number | undefined, refreshing: boolean, count: number): string {
  if (fetchedAt === undefined)
    return refreshing
      ? 'Fetching published priorities…'
      : 'Published priorities have not reached this device yet: go online to see them.';
  const when = formatDateTime(fetchedAt);
  return `${count} published ${count === 1 ? 'priority' : 'priorities'} · updated ${when}${refreshing ? ' · checking for new ones…' : ''}`;
}

function progressCount(withProgress: number, all: number): string {
  if (withProgress === 0) return 'None of the published priorities has progress to show yet.';
  if (withProgress === 1) return `1 of ${all} published priorities has progress to show.`;
  return `${withProgress} of ${all} published priorities have progress to show.`;
}

export default function PublicPrioritiesView(props: {
  config: ClientConfig;
  csp: CspInfo | undefined;
  wards: WardCollection | undefined;
  neighbourhoods: NeighbourhoodCollection | undefined;
  mode: 'map' | 'list';
  /** The priority chosen on the map (the URL's ?p=), shown under it. */
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onlyProgress: boolean;
  onOnlyProgress: (on: boolean) => void;
}) {
  const set = usePublicSet();
  const shown = createMemo(() => (props.onlyProgress ? set.items().filter(hasProgress) : set.items()));
  const withFilter = (path: string) => (props.onlyProgress ? `${path}?progress=1` : path);
  const selected = (): PublicPriority | undefined =>
    props.selectedId ? set.items().find((p) => p.id === props.selectedId) : undefined;

  return (
    <section aria-labelledby="public-heading" class="public-view">
      <h2 id="public-heading">Priorities in your area</h2>
      <p class="meta" role="status" aria-live="polite">
        {freshness(set.fetchedAt(), set.refreshing(), set.items().length)}
      </p>
      <nav class="view-switch" aria-label="Show priorities as">
        <a href={withFilter(PATHS.area)} aria-current={props.mode === 'map' ? 'page' : undefined}>
          Map
        </a>
        <a href={withFilter(PATHS.areaList)} aria-current={props.mode === 'list' ? 'page' : undefined}>
          List
        </a>
      </nav>
      <label class="progress-filter">
        <input
          type="checkbox"
          checked={props.onlyProgress}
          onChange={(e) => props.onOnlyProgress(e.currentTarget.checked)}
        />
        Only priorities with progress
      </label>
      {/* Always in the page, so a screen reader hears the count when the box is ticked. */}
      <p class="meta progress-count" role="status" aria-live="polite">
        {props.onlyProgress && set.fetchedAt() !== undefined
          ? progressCount(shown().length, set.items().length)
          : ''}
      </p>
      <p>
        <a href={PATHS.areaDone}>What was done in your area, newest first</a>
      </p>
      <Show when={props.mode === 'map'} fallback={<PublicList items={shown()} wards={props.wards} />}>
        <p class="hint">
          Places are shown to the nearest 100 m or so, never exactly. Choose a circle to zoom in, or a dot to
          read it. The list has every priority without the map.
        </p>
        <PublicMap {...props} items={shown()} selected={selected()} />
      </Show>
    </section>
  );
}

function PublicMap(props: {
  config: ClientConfig;
  csp: CspInfo | undefined;
  wards: WardCollection | undefined;
  neighbourhoods: NeighbourhoodCollection | undefined;
  items: readonly PublicPriority[];
  selected: PublicPriority | undefined;
  onSelect: (id: string | undefined) => void;
}) {
  let element!: HTMLDivElement;
  let detail: HTMLElement | undefined;
  let map: L.Map | undefined;
  let clusters: ClusterLayer | undefined;
  const [leaflet, setLeaflet] = createSignal<L.Map>();
  const setSelected = (p: PublicPriority | undefined) => props.onSelect(p?.id);

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
  createEffect(() => clusters?.setItems(props.items));
  createEffect(
    on(
      () => props.wards,
      () => clusters?.rename(),
      { defer: true },
    ),
  );
  // The chosen priority's card is where the person looks next: bring it into view and move focus to it.
  createEffect(
    on(
      () => props.selected?.id,
      (id) => {
        if (!id || !detail) return;
        detail.scrollIntoView({ block: 'nearest' });
        detail.focus({ preventScroll: true });
      },
    ),
  );

  return (
    <>
      <div
        ref={element}
        class="map"
        role="application"
        aria-label="Map of published priorities. Numbered circles are groups; dots are single priorities."
      />
      <BoundaryLayers map={leaflet()} wards={props.wards} neighbourhoods={props.neighbourhoods} />
      <Show when={props.selected}>
        {(p) => (
          <section class="selected-priority" aria-label="Chosen on the map" tabindex="-1" ref={detail}>
            <PublicPriorityCard priority={p()} wards={props.wards} linked />
            <button
              type="button"
              class="secondary"
              onClick={() => {
                props.onSelect(undefined);
                element.focus();
              }}
            >
              Close
            </button>
          </section>
        )}
      </Show>
    </>
  );
}

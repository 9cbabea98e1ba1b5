// The capture map: basemap, ward (or police neighbourhood) boundaries and the pin. Tap (or
// click) to place a point.
import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { createEffect, createSignal, lazy, onCleanup, onMount, Suspense } from 'solid-js';
import type { ClientConfig, CspInfo } from '../../domain/areas';
import { fitCsp, makeBaseMap } from '../map/base-map';
import { makePin, type Pin } from '../map/pin';
import type { NeighbourhoodCollection, WardCollection } from '../sync/reference-data';

const BoundaryLayers = lazy(() => import('./BoundaryLayers'));

export interface MapPoint {
  lon: number;
  lat: number;
  accuracyM?: number;
}

export function MapPanel(props: {
  config: ClientConfig;
  csp: CspInfo | undefined;
  wards: WardCollection | undefined;
  neighbourhoods?: NeighbourhoodCollection | undefined;
  point: MapPoint | undefined;
  onPick: (point: MapPoint) => void;
  /** Hands the Leaflet map to tools that draw on it (the area drawer). */
  onMap?: (map: L.Map) => void;
}) {
  let element!: HTMLDivElement;
  let map: L.Map | undefined;
  let pin: Pin | undefined;
  const [leaflet, setLeaflet] = createSignal<L.Map>();

  onMount(() => {
    const created = makeBaseMap(element, props.config.tiles, props.config.boundaryAttribution);
    map = created;
    pin = makePin(created, (at) => props.onPick({ lon: round(at.lng), lat: round(at.lat) }));
    created.on('click', (event: L.LeafletMouseEvent) =>
      props.onPick({ lon: round(event.latlng.lng), lat: round(event.latlng.lat) }),
    );
    props.onMap?.(created);
    setLeaflet(created);
    onCleanup(() => created.remove());
  });

  createEffect(() => {
    const csp = props.csp;
    if (map && csp) fitCsp(map, csp);
  });

  createEffect(() => {
    const point = props.point;
    if (!pin || !map) return;
    if (!point) return pin.clear();
    pin.place([point.lat, point.lon], point.accuracyM);
    if (!map.getBounds().contains([point.lat, point.lon])) map.panTo([point.lat, point.lon]);
  });

  return (
    <>
      <div
        ref={element}
        class="map"
        role="application"
        aria-label="Map of the area. Tap where the problem is to place a pin; drag the pin to adjust it."
      />
      <Suspense>
        <BoundaryLayers map={leaflet()} wards={props.wards} neighbourhoods={props.neighbourhoods} />
      </Suspense>
    </>
  );
}

/** Six decimal places is about 10 cm: more is false precision and bigger payloads. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

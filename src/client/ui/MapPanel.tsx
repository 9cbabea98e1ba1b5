// The capture map: basemap, ward (or police neighbourhood) boundaries and the pin. Tap (or
// click) to place a point; or, without a pointer, move the map under the centre cross (arrow
// keys or the move buttons) and press Enter on the map or the "place the pin" button.
import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { createEffect, createSignal, lazy, onCleanup, onMount, Show, Suspense } from 'solid-js';
import type { ClientConfig, CspInfo } from '../../domain/areas';
import { fitArea, fitCsp, makeBaseMap } from '../map/base-map';
import { CAPTURE_MAP_TEXT } from '../map/capture-map-text';
import { onCentreKey, showCentreCross } from '../map/centre-cross';
import { DRAWING_EVENT, type DrawingEvent } from '../map/map-events';
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
  /** The ward this map is about (a meeting's): it opens on it, and a pin outside it is warned about. */
  homeWard?: string;
}) {
  let element!: HTMLDivElement;
  let map: L.Map | undefined;
  let pin: Pin | undefined;
  const [leaflet, setLeaflet] = createSignal<L.Map>();
  // While an area is being drawn, the centre cross adds corners instead (the drawer's job).
  const [drawing, setDrawing] = createSignal(false);
  const pickAt = (at: L.LatLng) => props.onPick({ lon: round(at.lng), lat: round(at.lat) });
  const pickCentre = () => {
    if (map && !drawing()) pickAt(map.getCenter());
  };
  // Where the pin is, in words: its ward, never its coordinates. The lookup (and its polygon
  // library) loads after the map, off the app shell.
  const [lookup, setLookup] = createSignal<typeof import('../map/ward-lookup')>();
  onMount(() => void import('../map/ward-lookup').then((m) => setLookup(() => m)));
  const home = () => props.wards?.features.find((f) => f.properties.code === props.homeWard);
  const outsideHome = () => {
    const point = props.point;
    const wardAt = lookup()?.wardAt;
    const ward = home();
    if (!point || !wardAt || !ward) return false;
    return wardAt(props.wards, point.lon, point.lat)?.code !== ward.properties.code;
  };
  const pinStatus = () => {
    const point = props.point;
    const wardAt = lookup()?.wardAt;
    if (!point || !wardAt) return '';
    const ward = wardAt(props.wards, point.lon, point.lat);
    const homeName = home()?.properties.name;
    if (homeName && outsideHome())
      return ward
        ? CAPTURE_MAP_TEXT.pinOutsideHomeIn(homeName, ward.name)
        : CAPTURE_MAP_TEXT.pinOutsideHome(homeName);
    return ward ? CAPTURE_MAP_TEXT.pinPlacedInWard(ward.name) : CAPTURE_MAP_TEXT.pinPlaced;
  };

  onMount(() => {
    const created = makeBaseMap(element, props.config.tiles, props.config.boundaryAttribution);
    map = created;
    pin = makePin(created, pickAt);
    created.on('click', (event: L.LeafletMouseEvent) => pickAt(event.latlng));
    showCentreCross(created);
    const stopKeys = onCentreKey(created, pickCentre);
    created.on(DRAWING_EVENT, (event) => setDrawing((event as DrawingEvent).drawing));
    props.onMap?.(created);
    setLeaflet(created);
    onCleanup(() => {
      stopKeys();
      created.remove();
    });
  });

  createEffect(() => {
    const csp = props.csp;
    const ward = home();
    if (map && ward) fitArea(map, ward.geometry);
    else if (map && csp) fitCsp(map, csp);
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
      <div ref={element} class="map" role="application" aria-label={CAPTURE_MAP_TEXT.map} />
      <Show when={!drawing()}>
        <button type="button" class="secondary map-centre-pin" onClick={pickCentre}>
          {CAPTURE_MAP_TEXT.placePinAtCross}
        </button>
      </Show>
      <p class={outsideHome() ? 'status pin-warning' : 'status'} role="status" aria-live="polite">
        {pinStatus()}
      </p>
      <Suspense>
        <BoundaryLayers map={leaflet()} wards={props.wards} neighbourhoods={props.neighbourhoods} />
      </Suspense>
    </>
  );
}

/** Six decimal places is about 10 cm: more is false precision and bigger payloads. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

// The capture map: basemap, ward boundaries and the pin. Tap (or click) to place a point.
import 'leaflet/dist/leaflet.css';
import type L from 'leaflet';
import { createEffect, onCleanup, onMount } from 'solid-js';
import type { ClientConfig, CspInfo } from '../../domain/areas';
import { fitCsp, makeBaseMap } from '../map/base-map';
import { makePin, type Pin } from '../map/pin';
import { makeWardLayer } from '../map/ward-layer';
import type { WardCollection } from '../sync/reference-data';

export interface MapPoint {
  lon: number;
  lat: number;
  accuracyM?: number;
}

export function MapPanel(props: {
  config: ClientConfig;
  csp: CspInfo | undefined;
  wards: WardCollection | undefined;
  point: MapPoint | undefined;
  onPick: (point: MapPoint) => void;
  /** Hands the Leaflet map to tools that draw on it (the area drawer). */
  onMap?: (map: L.Map) => void;
}) {
  let element!: HTMLDivElement;
  let map: L.Map | undefined;
  let pin: Pin | undefined;
  let wardLayer: L.GeoJSON | undefined;

  onMount(() => {
    const created = makeBaseMap(element, props.config.tiles, props.config.boundaryAttribution);
    map = created;
    pin = makePin(created, (at) => props.onPick({ lon: round(at.lng), lat: round(at.lat) }));
    created.on('click', (event: L.LeafletMouseEvent) =>
      props.onPick({ lon: round(event.latlng.lng), lat: round(event.latlng.lat) }),
    );
    props.onMap?.(created);
    onCleanup(() => created.remove());
  });

  createEffect(() => {
    const csp = props.csp;
    if (map && csp) fitCsp(map, csp);
  });

  createEffect(() => {
    const wards = props.wards;
    wardLayer?.remove();
    if (map && wards) wardLayer = makeWardLayer(wards).addTo(map);
  });

  createEffect(() => {
    const point = props.point;
    if (!pin || !map) return;
    if (!point) return pin.clear();
    pin.place([point.lat, point.lon], point.accuracyM);
    if (!map.getBounds().contains([point.lat, point.lon])) map.panTo([point.lat, point.lon]);
  });

  return (
    <div
      ref={element}
      class="map"
      role="application"
      aria-label="Map of the area. Tap where the problem is to place a pin; drag the pin to adjust it."
    />
  );
}

/** Six decimal places is about 10 cm: more is false precision and bigger payloads. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

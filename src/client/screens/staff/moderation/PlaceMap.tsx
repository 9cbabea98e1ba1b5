// A small map of one priority's place for the moderating officer: its pin, or the area drawn.
// Loaded on demand (Leaflet is a chunk of its own); the card beside it says the place in words.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { onCleanup, onMount } from 'solid-js';
import type { ClientConfig } from '../../../../domain/areas';
import { makeBaseMap } from '../../../map/base-map';

const placeIcon = L.divIcon({
  className: 'np-pin',
  html: '<span aria-hidden="true"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

export default function PlaceMap(props: {
  config: ClientConfig;
  point: readonly [number, number] | null;
  outline: readonly (readonly [number, number])[] | null;
  label: string;
}) {
  let element!: HTMLElement;
  onMount(() => {
    const map = makeBaseMap(element, props.config.tiles, props.config.boundaryAttribution);
    if (props.outline) {
      const shape = L.polygon(
        props.outline.map(([lon, lat]) => [lat, lon] as L.LatLngTuple),
        {
          color: '#b3261e',
          weight: 3,
          interactive: false,
        },
      ).addTo(map);
      map.fitBounds(shape.getBounds(), { padding: [16, 16], maxZoom: 17 });
    } else if (props.point) {
      const at: L.LatLngTuple = [props.point[1], props.point[0]];
      L.marker(at, { icon: placeIcon, keyboard: false, interactive: false }).addTo(map);
      map.setView(at, Math.min(16, props.config.tiles.maxZoom));
    }
    onCleanup(() => map.remove());
  });
  return <section ref={element} class="map moderation-map" aria-label={props.label} />;
}

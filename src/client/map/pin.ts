// The pin a person places: draggable to adjust, with a circle showing a GPS fix's accuracy.
import L from 'leaflet';
import { MARKERS_EVENT } from './map-events';

export interface Pin {
  place(at: L.LatLngExpression, accuracyM?: number): void;
  clear(): void;
}

const pinIcon = L.divIcon({
  className: 'np-pin',
  html: '<span aria-hidden="true"></span>',
  iconSize: [28, 28],
  iconAnchor: [14, 28],
});

export function makePin(map: L.Map, onMove: (at: L.LatLng) => void): Pin {
  let marker: L.Marker | undefined;
  let circle: L.Circle | undefined;
  return {
    place(at, accuracyM) {
      circle?.remove();
      circle = undefined;
      if (!marker) {
        marker = L.marker(at, {
          icon: pinIcon,
          draggable: true,
          keyboard: true,
          title: 'Selected place',
          alt: 'Selected place',
        });
        marker.on('dragend', () => {
          circle?.remove();
          circle = undefined;
          if (marker) onMove(marker.getLatLng());
        });
        marker.addTo(map);
      } else marker.setLatLng(at);
      if (accuracyM !== undefined) {
        circle = L.circle(at, {
          radius: accuracyM,
          color: '#0b5563',
          weight: 1,
          fillOpacity: 0.1,
          interactive: false,
          className: 'np-accuracy',
        });
        circle.addTo(map);
      }
      map.fire(MARKERS_EVENT);
    },
    clear() {
      marker?.remove();
      circle?.remove();
      marker = undefined;
      circle = undefined;
      map.fire(MARKERS_EVENT);
    },
  };
}

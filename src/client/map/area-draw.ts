// Drawing an area on the Leaflet map: corners as markers, the outline as it grows, and the
// finished polygon. Knows nothing of forms; the AreaDrawer component drives it.
import L from 'leaflet';
import type { Corner } from '../../domain/drawn-area';

export interface AreaSketch {
  /** Show these corners as the area being drawn. */
  showDraft(corners: readonly Corner[]): void;
  /** Show a finished area (or nothing). */
  showArea(corners: readonly Corner[] | undefined): void;
  remove(): void;
}

const cornerIcon = L.divIcon({
  className: 'np-corner',
  html: '<span aria-hidden="true"></span>',
  iconSize: [16, 16],
  iconAnchor: [8, 8],
});

const toLatLng = ([lon, lat]: Corner): L.LatLngTuple => [lat, lon];
const style = { color: '#0b5563', weight: 3, fillOpacity: 0.15 };

export function makeAreaSketch(map: L.Map): AreaSketch {
  const layer = L.layerGroup().addTo(map);
  return {
    showDraft(corners) {
      layer.clearLayers();
      for (const c of corners)
        L.marker(toLatLng(c), { icon: cornerIcon, interactive: false, keyboard: false }).addTo(layer);
      if (corners.length >= 2) {
        L.polyline(corners.map(toLatLng), { ...style, dashArray: '6 6', interactive: false }).addTo(layer);
      }
    },
    showArea(corners) {
      layer.clearLayers();
      if (corners && corners.length >= 3) {
        L.polygon(corners.map(toLatLng), { ...style, interactive: false, className: 'np-drawn-area' }).addTo(
          layer,
        );
      }
    },
    remove() {
      layer.remove();
    },
  };
}

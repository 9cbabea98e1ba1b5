// The CSP's ward boundaries, outlined, each named in a tooltip.
import L from 'leaflet';
import type { WardCollection } from '../sync/reference-data';

export function makeWardLayer(wards: WardCollection): L.GeoJSON {
  return L.geoJSON(wards, {
    style: { color: '#0b5563', weight: 1.5, fillColor: '#0b5563', fillOpacity: 0.04 },
    // Boundaries are context, not targets: taps go through to the map to place a pin.
    interactive: false,
    onEachFeature: (feature, layer) => {
      const name = (feature.properties as { name?: string } | null)?.name;
      if (name) layer.bindTooltip(name, { sticky: true, direction: 'top' });
    },
  });
}

// The CSP's ward boundaries, outlined, each named by a label at its centre once zoomed in
// far enough to read them, so the map makes sense even with no basemap tiles at all.
import L from 'leaflet';
import type { WardCollection } from '../sync/reference-data';
import './map.css';

/** Below this zoom a CSP's labels would overlap into a blur. */
export const WARD_LABEL_MIN_ZOOM = 11;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function label(name: string, at: L.LatLng): L.Marker {
  return L.marker(at, {
    icon: L.divIcon({
      className: 'ward-label',
      html: `<span>${escapeHtml(name)}</span>`,
      iconSize: undefined,
    }),
    interactive: false,
    keyboard: false,
  });
}

export function makeWardLayer(wards: WardCollection): L.GeoJSON {
  const layer = L.geoJSON(wards, {
    style: { color: '#0b5563', weight: 1.5, fillColor: '#0b5563', fillOpacity: 0.04 },
    // Boundaries are context, not targets: taps go through to the map to place a pin.
    interactive: false,
  });
  for (const ward of layer.getLayers() as L.Polygon[]) {
    const name = (ward.feature?.properties as { name?: string } | undefined)?.name;
    if (name) layer.addLayer(label(name, ward.getBounds().getCenter()));
  }
  let map: L.Map | undefined;
  const toggle = () =>
    map?.getContainer().classList.toggle('ward-labels-hidden', map.getZoom() < WARD_LABEL_MIN_ZOOM);
  layer.on('add', () => {
    map = (layer as unknown as { _map: L.Map })._map;
    map.on('zoomend', toggle);
    toggle();
  });
  layer.on('remove', () => {
    map?.off('zoomend', toggle);
    map?.getContainer().classList.remove('ward-labels-hidden');
  });
  return layer;
}

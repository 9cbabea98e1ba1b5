// A CSP's ward or police neighbourhood boundaries, outlined, each named by a label at its centre
// once zoomed in far enough to read them, so the map makes sense even with no basemap tiles at all.
import L from 'leaflet';
import type { AreaCollection } from '../sync/reference-data';
import './map.css';

/** Below this zoom a CSP's labels would overlap into a blur. */
export const WARD_LABEL_MIN_ZOOM = 11;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function label(name: string, at: L.LatLng, kind: string): L.Marker {
  return L.marker(at, {
    icon: L.divIcon({
      className: `ward-label ${kind}-label`,
      html: `<span>${escapeHtml(name)}</span>`,
      iconSize: undefined,
    }),
    interactive: false,
    keyboard: false,
  });
}

export interface BoundaryStyle {
  /** Class suffix for the labels: "ward" or "neighbourhood". */
  readonly kind: string;
  readonly path: L.PathOptions;
  /** Shown in the map's attribution while the layer is on. */
  readonly attribution?: string;
}

export const WARD_STYLE: BoundaryStyle = {
  kind: 'ward',
  path: { color: '#0b5563', weight: 1.5, fillColor: '#0b5563', fillOpacity: 0.04 },
};

export function makeWardLayer(areas: AreaCollection, style: BoundaryStyle = WARD_STYLE): L.GeoJSON {
  const layer = L.geoJSON(areas, {
    style: style.path,
    // Boundaries are context, not targets: taps go through to the map to place a pin.
    interactive: false,
    ...(style.attribution ? { attribution: style.attribution } : {}),
  });
  for (const area of layer.getLayers() as L.Polygon[]) {
    const name = (area.feature?.properties as { name?: string } | undefined)?.name;
    if (name) layer.addLayer(label(name, area.getBounds().getCenter(), style.kind));
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

// A Leaflet map with the configured basemap (if any). Tiles are requested with CORS so the
// service worker can cache real responses rather than opaque ones that eat storage quota.
// Every map gets buttons to move it (no dragging needed) and a note when its tiles fail.
import L from 'leaflet';
import type { CspInfo, TileConfig } from '../../domain/areas';
import { addPanControl } from './pan-control';
import { makeStreetMapNote } from './street-map-note';
import './map.css';

export function makeBaseMap(element: HTMLElement, tiles: TileConfig, boundaryAttribution: string): L.Map {
  const map = L.map(element, {
    minZoom: tiles.minZoom,
    maxZoom: tiles.maxZoom,
    zoomControl: true,
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(boundaryAttribution);
  addPanControl(map);
  const note = makeStreetMapNote(map);
  if (tiles.pmtilesUrl) {
    // The pmtiles reader is loaded only by CSPs that host their basemap as one archive.
    void import('./pmtiles-layer')
      .then((m) => m.addPmtilesLayer(map, tiles))
      .then((layer) => note.watch(layer))
      .catch((error: unknown) => {
        note.unavailable();
        console.error('The basemap archive could not be opened', error);
      });
  } else if (tiles.urlTemplate) {
    note.watch(
      L.tileLayer(tiles.urlTemplate, {
        attribution: tiles.attribution,
        minZoom: tiles.minZoom,
        maxZoom: tiles.maxZoom,
        crossOrigin: 'anonymous',
      }).addTo(map),
    );
  }
  return map;
}

export function fitCsp(map: L.Map, csp: CspInfo): void {
  const [west, south, east, north] = csp.bbox;
  map.fitBounds(
    [
      [south, west],
      [north, east],
    ],
    { padding: [8, 8] },
  );
}

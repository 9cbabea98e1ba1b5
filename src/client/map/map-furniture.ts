// What a map gets a moment after it is made, loaded on demand to keep the app shell small:
// the street map tiles, the note said when they fail, and the buttons that move the map.
import L from 'leaflet';
import type { TileConfig } from '../../domain/areas';
import { MARKERS_EVENT } from './map-events';
import { addPanControl } from './pan-control';
import { makeStreetMapNote } from './street-map-note';

export function addMapFurniture(map: L.Map, tiles: TileConfig): void {
  addPanControl(map);
  const note = makeStreetMapNote(map);
  // The move buttons arrived after the labels were placed: labels look again at what they cover.
  map.fire(MARKERS_EVENT);
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
}

// "Street map unavailable offline here": said on the map, politely and once, while any tile in
// view could not be drawn (offline with no saved tiles, tile server unreachable), and gone as
// soon as those tiles load. The ward boundaries and their names still draw without tiles.

import L from 'leaflet';
import { MARKERS_EVENT } from './map-events';
import { MAP_TEXT } from './map-text';

export interface StreetMapNote {
  /** Follows a basemap layer's tiles. */
  watch(layer: L.GridLayer): void;
  /** The basemap could not be opened at all. */
  unavailable(): void;
}

const NoteControl = L.Control.extend({
  options: { position: 'topright' },
  onAdd() {
    // Present (empty) from the start: a live region added with its text is often not announced.
    const note = L.DomUtil.create('p', 'np-street-map-note');
    note.setAttribute('role', 'status');
    return note;
  },
});

const tileKey = (c: L.Coords) => `${c.z}/${c.x}/${c.y}`;

export function makeStreetMapNote(map: L.Map): StreetMapNote {
  const control = new NoteControl().addTo(map);
  const note = control.getContainer() as HTMLElement;
  let shown = false;
  const show = (on: boolean) => {
    if (on === shown) return;
    shown = on;
    note.textContent = on ? MAP_TEXT.streetMapUnavailable : '';
    // The note now covers (or no longer covers) part of the map: labels look again.
    map.fire(MARKERS_EVENT);
  };
  return {
    watch(layer) {
      const failed = new Set<string>();
      layer.on({
        tileerror: (e: L.TileErrorEvent) => {
          failed.add(tileKey(e.coords));
          show(true);
        },
        tileload: (e: L.TileEvent) => failed.delete(tileKey(e.coords)),
        tileunload: (e: L.TileEvent) => failed.delete(tileKey(e.coords)),
        // Said once every tile in view has answered, so a redraw never makes the note flicker.
        load: () => show(failed.size > 0),
      });
      // Leaflet never asks again for a tile that failed: ask for the view again when the
      // network comes back, or when the person moves the map (they may have walked into signal).
      const retry = () => {
        if (failed.size > 0) layer.redraw();
      };
      window.addEventListener('online', retry);
      map.on('moveend', retry);
      map.once('unload', () => {
        window.removeEventListener('online', retry);
        map.off('moveend', retry);
      });
    },
    unavailable: () => show(true),
  };
}

// A Leaflet map with the configured basemap (if any). Tiles are requested with CORS so the
// service worker can cache real responses rather than opaque ones that eat storage quota.
// Every map gets buttons to move it (no dragging needed) and a note when its tiles fail.
// Leaflet is a chunk of its own, loaded with the first map; the tiles and controls follow on
// demand (map-furniture.ts).
import L from 'leaflet';
import type { CspInfo, TileConfig } from '../../domain/areas';
import './map.css';

// Leaflet focuses the map on a press and then puts the *window's* scroll back; the app's screens
// scroll in a box of their own, so that focus scrolled the screen and moved the map (and the dot
// or spot being tapped) out from under the finger before the tap ended. Focus without scrolling.
type KeyboardHandler = { _focused: boolean; _map: L.Map; _onMouseDown: () => void };
(L.Map as unknown as { Keyboard: { prototype: KeyboardHandler } }).Keyboard.prototype._onMouseDown =
  function (this: KeyboardHandler) {
    if (!this._focused) this._map.getContainer().focus({ preventScroll: true });
  };

export function makeBaseMap(element: HTMLElement, tiles: TileConfig, boundaryAttribution: string): L.Map {
  const map = L.map(element, {
    minZoom: tiles.minZoom,
    maxZoom: tiles.maxZoom,
    zoomControl: true,
    attributionControl: true,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(boundaryAttribution);
  // The map is there at once (boundaries and the pin need it); the rest follows on demand.
  let removed = false;
  map.once('unload', () => {
    removed = true;
  });
  void import('./map-furniture')
    .then((m) => {
      // The screen may have been left (and the map removed) while the module loaded.
      if (!removed) m.addMapFurniture(map, tiles);
    })
    .catch((error: unknown) => console.error('The map controls could not be loaded', error));
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

/** Fits one area (a meeting's ward) from its polygon's outer rings. */
export function fitArea(map: L.Map, geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): void {
  const rings =
    geometry.type === 'Polygon'
      ? [geometry.coordinates[0] ?? []]
      : geometry.coordinates.map((p) => p[0] ?? []);
  const points = rings.flat().map(([lon = 0, lat = 0]) => [lat, lon] as [number, number]);
  if (points.length > 0) map.fitBounds(points, { padding: [8, 8] });
}

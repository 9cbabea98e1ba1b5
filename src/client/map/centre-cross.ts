// The cross at the map's centre, and Enter (or Space) on the focused map acting there: with
// the arrow keys or the move buttons, a person places a pin or an area's corners without
// touching or dragging the map. One cross for every tool that acts at the centre.
import type L from 'leaflet';

/** Shows the cross (map.css draws it). */
export function showCentreCross(map: L.Map): void {
  map.getContainer().classList.add('np-centre-cross');
}

/**
 * Calls `action` with the centre when Enter or Space is pressed on the map itself (not on a
 * marker or button inside it, which have their own meaning). Returns the way to stop.
 */
export function onCentreKey(map: L.Map, action: (centre: L.LatLng) => void): () => void {
  const container = map.getContainer();
  const listener = (event: KeyboardEvent) => {
    if (event.target !== container || (event.key !== 'Enter' && event.key !== ' ')) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action(map.getCenter());
  };
  container.addEventListener('keydown', listener);
  return () => container.removeEventListener('keydown', listener);
}

// Buttons that move the map north, south, east and west, beside the zoom buttons: the way to
// move the map without dragging it (WCAG 2.5.7) for touch, switch and keyboard users alike.
import L from 'leaflet';
import { MAP_TEXT } from './map-text';

interface Direction {
  readonly name: string;
  readonly label: string;
  /** Which way the view moves, in screen terms: x east, y south. */
  readonly x: number;
  readonly y: number;
}

const DIRECTIONS: readonly Direction[] = [
  { name: 'north', label: MAP_TEXT.panNorth, x: 0, y: -1 },
  { name: 'west', label: MAP_TEXT.panWest, x: -1, y: 0 },
  { name: 'east', label: MAP_TEXT.panEast, x: 1, y: 0 },
  { name: 'south', label: MAP_TEXT.panSouth, x: 0, y: 1 },
];

/** A third of the view per press: far enough to feel, near enough to keep one's place. */
const STEP = 1 / 3;

/** An arrow pointing north; map.css turns it for the other directions (no inline styles under the CSP). */
const ARROW =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22"><path d="M12 3 4 13h5v8h6v-8h5z" fill="currentColor"/></svg>';

const PanControl = L.Control.extend({
  options: { position: 'topleft' },
  onAdd(map: L.Map) {
    const pad = L.DomUtil.create('div', 'np-pan');
    pad.setAttribute('role', 'group');
    pad.setAttribute('aria-label', MAP_TEXT.panGroup);
    for (const d of DIRECTIONS) {
      const button = L.DomUtil.create('button', `np-pan-${d.name}`, pad);
      button.type = 'button';
      button.setAttribute('aria-label', d.label);
      button.title = d.label;
      button.innerHTML = ARROW;
      L.DomEvent.on(button, 'click', () => {
        const size = map.getSize();
        // Gliding shows which way the map went; not for people who asked for less motion.
        const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
        map.panBy([d.x * size.x * STEP, d.y * size.y * STEP], { animate: !still });
      });
    }
    // Presses on the buttons are not taps on the map (which would place a pin).
    L.DomEvent.disableClickPropagation(pad);
    L.DomEvent.disableScrollPropagation(pad);
    return pad;
  },
});

export function addPanControl(map: L.Map): L.Control {
  return new PanControl().addTo(map);
}

// A CSP's ward or police neighbourhood boundaries, outlined, each named by a label at its centre
// once zoomed in far enough to read them, so the map makes sense even with no basemap tiles at all.
// Labels never cover each other, the dots or the pin: each time the view or the markers change,
// the largest areas are named first and any label that would overlap is hidden (label-thinning.ts).
import L from 'leaflet';
import type { AreaCollection } from '../sync/reference-data';
import { type Box, type LabelCandidate, thinLabels } from './label-thinning';
import { MARKERS_EVENT } from './map-events';
import './map.css';

/** Below this zoom a CSP's labels would overlap into a blur. */
export const WARD_LABEL_MIN_ZOOM = 11;

const HIDDEN = 'ward-label-hidden';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function label(name: string, at: L.LatLng, kind: string): L.Marker {
  return L.marker(at, {
    icon: L.divIcon({
      className: `ward-label ${kind}-label ${HIDDEN}`,
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

interface Label {
  readonly marker: L.Marker;
  /** The area's size, so larger areas keep their names when labels clash. */
  readonly rank: number;
}

const relativeBox = (el: Element, origin: DOMRect): Box => {
  const r = el.getBoundingClientRect();
  return {
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  };
};

/** Everything on the map a label must not cover: markers other than labels, and the map's buttons. */
function obstacles(container: HTMLElement, origin: DOMRect): Box[] {
  const els = container.querySelectorAll(
    '.leaflet-marker-pane .leaflet-marker-icon:not(.ward-label), .leaflet-control:not(:empty)',
  );
  return [...els].map((el) => relativeBox(el, origin));
}

/** Shows the labels that fit, hides the rest. */
function thin(map: L.Map, labels: readonly Label[]): void {
  const container = map.getContainer();
  if (map.getZoom() < WARD_LABEL_MIN_ZOOM) {
    for (const l of labels) l.marker.getElement()?.classList.add(HIDDEN);
    return;
  }
  const origin = container.getBoundingClientRect();
  const size = map.getSize();
  const candidates: LabelCandidate[] = labels.map(({ marker, rank }) => {
    const span = marker.getElement()?.firstElementChild;
    const box = span ? relativeBox(span, origin) : { left: -1, top: -1, right: -1, bottom: -1 };
    return { box, rank };
  });
  const shown = thinLabels(candidates, obstacles(container, origin), {
    left: 0,
    top: 0,
    right: size.x,
    bottom: size.y,
  });
  labels.forEach((l, i) => {
    l.marker.getElement()?.classList.toggle(HIDDEN, !shown[i]);
  });
}

export function makeWardLayer(areas: AreaCollection, style: BoundaryStyle = WARD_STYLE): L.GeoJSON {
  const layer = L.geoJSON(areas, {
    style: style.path,
    // Boundaries are context, not targets: taps go through to the map to place a pin.
    interactive: false,
    ...(style.attribution ? { attribution: style.attribution } : {}),
  });
  const labels: Label[] = [];
  for (const area of layer.getLayers() as L.Polygon[]) {
    const name = (area.feature?.properties as { name?: string } | undefined)?.name;
    if (!name) continue;
    const bounds = area.getBounds();
    const marker = label(name, bounds.getCenter(), style.kind);
    labels.push({
      marker,
      rank: (bounds.getEast() - bounds.getWest()) * (bounds.getNorth() - bounds.getSouth()),
    });
    layer.addLayer(marker);
  }
  let map: L.Map | undefined;
  let frame = 0;
  // After Leaflet has moved the markers, and once for a burst of changes.
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (map) thin(map, labels);
    });
  };
  const events = { zoomend: schedule, moveend: schedule, resize: schedule, [MARKERS_EVENT]: schedule };
  layer.on('add', () => {
    map = (layer as unknown as { _map: L.Map })._map;
    map.on(events);
    schedule();
  });
  layer.on('remove', () => {
    map?.off(events);
    cancelAnimationFrame(frame);
    frame = 0;
    map = undefined;
  });
  return layer;
}

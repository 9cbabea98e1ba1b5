// Draws published priorities as clusters on a Leaflet map, re-querying the cluster index as
// the view moves. Markers are keyboard-reachable buttons, named in words (never a location
// finer than the ward): Enter or Space on a cluster zooms into it, on a single priority selects
// it, exactly as a tap does. Only markers in view take Tab, in reading order (top to bottom,
// then left to right), so Tab stays on what a person can see; clustering keeps them few.
import L from 'leaflet';
import type { PublicPriority } from '../../domain/public';
import { themeText } from '../i18n/theme-text';
import type { WardCollection } from '../sync/reference-data';
import { type ClusterFeature, type ClusterIndex, makeClusterIndex } from './clusters';
import { MARKERS_EVENT } from './map-events';
import { MAP_TEXT } from './map-text';

export interface ClusterLayer {
  setItems(items: readonly PublicPriority[]): void;
  /** Names the markers again (the ward names have arrived, say). */
  rename(): void;
  remove(): void;
}

function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 48 : 56;
  const text = count < 10_000 ? String(count) : `${Math.round(count / 1000)}k`;
  return L.divIcon({
    className: 'np-cluster',
    html: `<span aria-hidden="true">${text}</span>`,
    iconSize: [size, size],
  });
}

/** Leaflet only turns Enter into a click for markers with popups: do it for every marker, and Space too. */
function activate(marker: L.Marker, action: () => void): L.Marker {
  return marker.on('click', action).on('keydown', (e) => {
    const key = (e as L.LeafletKeyboardEvent).originalEvent;
    if (key.key !== 'Enter' && key.key !== ' ') return;
    key.preventDefault();
    action();
  });
}

// 24 px: the smallest target WCAG 2.5.8 allows without extra spacing.
const priorityIcon = L.divIcon({ className: 'np-priority', html: '', iconSize: [24, 24] });

const keyOf = (f: ClusterFeature) => (f.kind === 'cluster' ? `c${f.id}` : `p${f.index}`);

/** Top to bottom, then left to right, in rows about a marker high. */
function readingOrder(map: L.Map, features: ClusterFeature[]): ClusterFeature[] {
  const at = (f: ClusterFeature) => map.latLngToContainerPoint([f.lat, f.lon]);
  return features
    .map((f) => ({ f, p: at(f) }))
    .sort((a, b) => Math.floor(a.p.y / 40) - Math.floor(b.p.y / 40) || a.p.x - b.p.x)
    .map(({ f }) => f);
}

export function makeClusterLayer(
  map: L.Map,
  onSelect: (priority: PublicPriority) => void,
  nameOf: (priority: PublicPriority) => string,
): ClusterLayer {
  const group = L.layerGroup().addTo(map);
  let items: readonly PublicPriority[] = [];
  let index: ClusterIndex | undefined;
  // Markers kept while they stay the same, so the one with focus keeps it as the map moves.
  let shown = new Map<string, L.Marker>();

  /** After zooming into a cluster its marker is gone: focus goes back to the map, not the page. */
  function zoomInto(f: Extract<ClusterFeature, { kind: 'cluster' }>, marker: L.Marker) {
    const hadFocus = marker.getElement()?.contains(document.activeElement) ?? false;
    if (hadFocus) map.once('moveend', () => map.getContainer().focus({ preventScroll: true }));
    map.setView([f.lat, f.lon], index?.expansionZoom(f.id) ?? map.getZoom() + 2);
  }

  function makeMarker(f: ClusterFeature): L.Marker | undefined {
    if (f.kind === 'cluster') {
      const marker = L.marker([f.lat, f.lon], {
        icon: clusterIcon(f.count),
        title: MAP_TEXT.clusterMarker(f.count),
        keyboard: true,
        autoPanOnFocus: false,
        riseOnHover: true,
      });
      return activate(marker, () => zoomInto(f, marker));
    }
    const priority = items[f.index];
    if (!priority) return undefined;
    return activate(
      L.marker([f.lat, f.lon], {
        icon: priorityIcon,
        title: nameOf(priority),
        keyboard: true,
        autoPanOnFocus: false,
      }),
      () => onSelect(priority),
    );
  }

  function draw() {
    if (!index) return;
    const b = map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const view = map.getBounds();
    const next = new Map<string, L.Marker>();
    for (const f of readingOrder(map, index.query(bbox, map.getZoom()))) {
      const key = keyOf(f);
      const marker = shown.get(key) ?? makeMarker(f)?.addTo(group);
      if (!marker) continue;
      next.set(key, marker);
      // Just outside the view, drawn so a pan shows them at once, but not a Tab stop.
      const icon = marker.getElement();
      if (icon) icon.tabIndex = view.contains(marker.getLatLng()) ? 0 : -1;
    }
    for (const [key, marker] of shown) if (!next.has(key)) group.removeLayer(marker);
    shown = next;
    map.fire(MARKERS_EVENT);
  }

  function redraw() {
    group.clearLayers();
    shown = new Map();
    draw();
  }

  map.on('moveend', draw);
  return {
    setItems(nextItems) {
      items = nextItems;
      index = makeClusterIndex(nextItems);
      redraw();
    },
    rename: redraw,
    remove() {
      map.off('moveend', draw);
      group.remove();
    },
  };
}

/** "Speeding, Benn ward": the theme, and the ward the public record gives (never the point). */
export function priorityMarkerName(priority: PublicPriority, wards: WardCollection | undefined): string {
  const theme = themeText(priority.themeKey);
  const ward = wards?.features.find((f) => f.properties.code === priority.wardCode)?.properties.name;
  return ward ? MAP_TEXT.priorityMarkerInWard(theme, ward) : MAP_TEXT.priorityMarker(theme);
}

// Draws published priorities as clusters on a Leaflet map, re-querying the cluster index as
// the view moves. Markers are keyboard-reachable buttons: Enter on a cluster zooms into it,
// Enter on a single priority selects it.
import L from 'leaflet';
import type { PublicPriority } from '../../domain/public';
import { themeLabel } from '../../domain/taxonomy/themes';
import { type ClusterIndex, makeClusterIndex } from './clusters';

export interface ClusterLayer {
  setItems(items: readonly PublicPriority[]): void;
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

const priorityIcon = L.divIcon({ className: 'np-priority', html: '', iconSize: [18, 18] });

export function makeClusterLayer(map: L.Map, onSelect: (priority: PublicPriority) => void): ClusterLayer {
  const group = L.layerGroup().addTo(map);
  let items: readonly PublicPriority[] = [];
  let index: ClusterIndex | undefined;

  function draw() {
    group.clearLayers();
    if (!index) return;
    const b = map.getBounds().pad(0.25);
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    for (const f of index.query(bbox, map.getZoom())) {
      if (f.kind === 'cluster') {
        const id = f.id;
        activate(
          L.marker([f.lat, f.lon], {
            icon: clusterIcon(f.count),
            title: `${f.count} priorities here: zoom in`,
            keyboard: true,
            riseOnHover: true,
          }),
          () => map.setView([f.lat, f.lon], index?.expansionZoom(id) ?? map.getZoom() + 2),
        ).addTo(group);
      } else {
        const priority = items[f.index];
        if (!priority) continue;
        activate(
          L.marker([f.lat, f.lon], {
            icon: priorityIcon,
            title: themeLabel(priority.themeKey),
            keyboard: true,
          }),
          () => onSelect(priority),
        ).addTo(group);
      }
    }
  }

  map.on('moveend', draw);
  return {
    setItems(next) {
      items = next;
      index = makeClusterIndex(next);
      draw();
    },
    remove() {
      map.off('moveend', draw);
      group.remove();
    },
  };
}

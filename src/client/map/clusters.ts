// Clustering of published priorities with supercluster: built once per set, queried per view.
// Only point places go on the map; ward-only priorities are in the list.
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type { PublicPriority } from '../../domain/public';

export interface PointProps {
  readonly index: number;
}

export type ClusterFeature =
  | { kind: 'cluster'; id: number; count: number; lon: number; lat: number }
  | { kind: 'priority'; index: number; lon: number; lat: number };

/** Beyond this zoom every priority shows alone (published points share 100 m cells, so some overlap). */
export const CLUSTER_MAX_ZOOM = 17;

export interface ClusterIndex {
  readonly size: number;
  query(bbox: [number, number, number, number], zoom: number): ClusterFeature[];
  expansionZoom(clusterId: number): number;
}

export function makeClusterIndex(items: readonly PublicPriority[]): ClusterIndex {
  const points: PointFeature<PointProps>[] = [];
  items.forEach((p, index) => {
    if (p.place.kind !== 'point') return;
    points.push({
      type: 'Feature',
      properties: { index },
      geometry: { type: 'Point', coordinates: [p.place.coordinates[0], p.place.coordinates[1]] },
    });
  });
  const index = new Supercluster<PointProps>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 }).load(
    points,
  );
  return {
    size: points.length,
    query(bbox, zoom) {
      return index.getClusters(bbox, Math.round(zoom)).map((f) => {
        const [lon = 0, lat = 0] = f.geometry.coordinates;
        const props = f.properties as Partial<ClusterProperties> & Partial<PointProps>;
        return props.cluster
          ? { kind: 'cluster', id: props.cluster_id ?? 0, count: props.point_count ?? 0, lon, lat }
          : { kind: 'priority', index: props.index ?? 0, lon, lat };
      });
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}

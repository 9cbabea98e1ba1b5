// Synthetic boundary files in the layouts analysts receive: other ONS vintages' property names,
// MapIt's nested codes, MultiPolygons with holes, British National Grid, broken rings.
import proj4 from 'proj4';

export type Ring = [number, number][];

export const square = (x: number, y: number, size = 0.01): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

export const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });

export const polygonFeature = (properties: Record<string, unknown>, rings: Ring[]) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates: rings },
});

const BNG =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

/** WGS84 → British National Grid metres, to make BNG files from known places. */
export const toBng = (ring: Ring): Ring =>
  ring.map(([lon, lat]) => {
    const [x, y] = proj4('WGS84', BNG).forward([lon, lat]);
    return [Math.round(x as number), Math.round(y as number)];
  });

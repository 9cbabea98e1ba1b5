// The GeoJSON shapes the store handles and small helpers over them.
export type Position = readonly [number, number] | readonly number[];
export interface PolygonGeometry {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}
export interface MultiPolygonGeometry {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

export function isAreaGeometry(value: unknown): value is AreaGeometry {
  const type = (value as { type?: unknown } | null)?.type;
  return (
    (type === 'Polygon' || type === 'MultiPolygon') &&
    Array.isArray((value as { coordinates?: unknown }).coordinates)
  );
}

export function geometryBBox(geometry: AreaGeometry): BBox {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    // The outer ring bounds the polygon; holes lie inside it.
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon === undefined || lat === undefined) continue;
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce<BBox>(
    (acc, b) => [
      Math.min(acc[0], b[0]),
      Math.min(acc[1], b[1]),
      Math.max(acc[2], b[2]),
      Math.max(acc[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

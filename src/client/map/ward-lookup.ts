// "Which ward is this in?" (and which police neighbourhood) answered on the device from the CSP's
// cached boundaries, so it works offline and no location leaves the phone to answer it.
import inside from 'point-in-polygon-hao';
import type { AreaCollection } from '../sync/reference-data';

export interface WardName {
  readonly code: string;
  readonly name: string;
}

type Ring = readonly (readonly number[])[];

/** Cheap bounding-box test first: a CSP has a few dozen wards, most far from the point. */
function outerRingsContainBox(rings: readonly Ring[], lon: number, lat: number): boolean {
  return rings.some((ring) => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x = 0, y = 0] of ring) {
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
    return lon >= w && lon <= e && lat >= s && lat <= n;
  });
}

/** The ward (or neighbourhood) containing the point (the lowest code on a shared edge, as the server decides). */
export function wardAt(wards: AreaCollection | undefined, lon: number, lat: number): WardName | null {
  let found: WardName | null = null;
  for (const f of wards?.features ?? []) {
    const outer =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates[0] ?? []]
        : f.geometry.coordinates.map((p) => p[0] ?? []);
    if (!outerRingsContainBox(outer, lon, lat)) continue;
    if (found && f.properties.code >= found.code) continue;
    // The library turf itself uses, without turf's wrappers: the bundle budget is tight.
    // It answers 0 on a boundary, which counts as inside (as on the server).
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (polygons.some((p) => inside([lon, lat], p) !== false)) {
      found = { code: f.properties.code, name: f.properties.name };
    }
  }
  return found;
}

// Checks a boundary geometry before it is stored: ring structure first (cheap, and what breaks
// point-in-polygon tests), then self-intersections with @turf/kinks.
import kinks from '@turf/kinks';
import type { AreaGeometry } from '../geo/geometry';

/** Why the geometry cannot be used, or null when it can. */
export function geometryProblem(geometry: unknown): string | null {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || typeof g !== 'object') return 'no geometry';
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return `geometry is a ${String(g.type)}, not a Polygon or MultiPolygon`;
  }
  if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return 'geometry has no coordinates';
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  for (const [p, polygon] of polygons.entries()) {
    if (!Array.isArray(polygon) || polygon.length === 0) return `polygon ${p + 1} has no rings`;
    for (const [r, ring] of (polygon as unknown[]).entries()) {
      const where = `${polygons.length > 1 ? `polygon ${p + 1}, ` : ''}${r === 0 ? 'outer ring' : `hole ${r}`}`;
      const problem = ringProblem(ring);
      if (problem) return `broken ring (${where}): ${problem}`;
    }
  }
  const found = kinks(g as AreaGeometry as never).features[0];
  if (found) {
    const [x, y] = found.geometry.coordinates;
    return `self-intersection near ${x?.toFixed(5)}, ${y?.toFixed(5)}`;
  }
  return null;
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'not an array of positions';
  for (const [i, pos] of ring.entries()) {
    if (!Array.isArray(pos) || pos.length < 2 || !pos.slice(0, 2).every((n) => Number.isFinite(n))) {
      return `position ${i + 1} is not a pair of numbers`;
    }
  }
  if (ring.length < 4) return `${ring.length} positions; a ring needs at least 4`;
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1]) return 'not closed (first and last positions differ)';
  return null;
}

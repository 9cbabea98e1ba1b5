// GeoJSON (RFC 7946, WGS84) of the area aggregates, plus the published priorities as points
// snapped to the public grid: the GIS layer of the consultation summary.
import type { ConsultationSummary } from '../../domain/summary';
import type { AreaShape } from './charts';

/** A published (moderated, not sensitive) priority with its place. */
export interface PublishedPoint {
  readonly themeKey: string;
  readonly themeLabel: string;
  readonly lon: number;
  readonly lat: number;
  /** YYYY-MM. */
  readonly month: string;
}

/** The public grid, as on the public map: about 100 m. */
export const PUBLIC_GRID_M = 100;
const M_PER_DEG_LAT = 111_320;

/** Snaps a position to the centre of its grid cell so no exact location is published. */
export function snapToGrid(lon: number, lat: number, gridM = PUBLIC_GRID_M): [number, number] {
  const dLat = gridM / M_PER_DEG_LAT;
  const sLat = (Math.floor(lat / dLat) + 0.5) * dLat;
  const dLon = gridM / (M_PER_DEG_LAT * Math.cos((sLat * Math.PI) / 180));
  const sLon = (Math.floor(lon / dLon) + 0.5) * dLon;
  return [Number(sLon.toFixed(5)), Number(sLat.toFixed(5))];
}

// 6 decimal places is ~0.1 m: more only bloats the file.
function round(geometry: unknown): unknown {
  if (Array.isArray(geometry)) return geometry.map(round);
  if (typeof geometry === 'number') return Number(geometry.toFixed(6));
  if (geometry && typeof geometry === 'object')
    return Object.fromEntries(Object.entries(geometry).map(([k, v]) => [k, k === 'type' ? v : round(v)]));
  return geometry;
}

export function summaryToGeoJson(
  s: ConsultationSummary,
  shapes: readonly AreaShape[],
  points: readonly PublishedPoint[] = [],
): object {
  const rows = new Map(s.wards.map((w) => [w.code, w]));
  const areas = shapes.map((sh) => {
    const w = rows.get(sh.code);
    const top = w?.topThemes ?? [];
    return {
      type: 'Feature',
      geometry: round(sh.geometry),
      properties: {
        kind: 'ward',
        code: sh.code,
        name: sh.name,
        priorities: w?.total ?? null,
        suppressed: w?.total === null,
        residents: w?.residents ?? null,
        rate_per_1000:
          w?.ratePer1000 === null || w?.ratePer1000 === undefined ? null : Number(w.ratePer1000.toFixed(2)),
        share_of_priorities: w?.share ?? null,
        share_of_residents: w?.residentShare ?? null,
        top_theme_1: top[0]?.themeLabel ?? null,
        top_theme_1_count: top[0]?.count ?? null,
        top_theme_2: top[1]?.themeLabel ?? null,
        top_theme_2_count: top[1]?.count ?? null,
        top_theme_3: top[2]?.themeLabel ?? null,
        top_theme_3_count: top[2]?.count ?? null,
      },
    };
  });
  const published = points.map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: snapToGrid(p.lon, p.lat) },
    properties: { kind: 'published-priority', theme_key: p.themeKey, theme: p.themeLabel, month: p.month },
  }));
  return {
    type: 'FeatureCollection',
    name: s.title,
    period_from: s.period.from,
    period_to: s.period.to,
    attribution: s.attribution.join(' '),
    features: [...areas, ...published],
  };
}

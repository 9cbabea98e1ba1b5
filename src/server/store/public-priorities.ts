// The public view of a CSP's priorities, built to the contract in src/domain/public.ts:
// published, not sensitive (by flag or theme), no personal details flagged, points snapped to
// the grid, drawn areas as their snapped centroid, small support counts suppressed, and no
// device ids, recorder or equality data; the latest progress through the one rule for progress
// words (progress-words.ts). Paged by id so pages are stable while rows change.
import { sql } from 'kysely';
import { publicProgress } from '../../domain/progress-words';
import {
  DEFAULT_PUBLIC_GRID_METRES,
  DEFAULT_PUBLIC_PAGE,
  type PublicPage,
  type PublicPlace,
  type PublicPriority,
  ringCentroid,
  snapToGrid,
  suppressSupport,
} from '../../domain/public';
import type { PriorityResponse } from '../../domain/response';
import { DEFAULT_THEMES } from '../../domain/taxonomy/themes';
import type { Db, PrioritiesTable } from '../db/tables';
import { latestResponses } from './meetings/responses';
import { staffNames } from './staff-names';

const SENSITIVE_THEMES = DEFAULT_THEMES.filter((t) => t.sensitive).map((t) => t.key);

export interface PublicQuery {
  readonly cursor?: string;
  readonly limit?: number;
  readonly gridMetres?: number;
}

interface PublicRow {
  id: string;
  theme_key: string;
  place_kind: PrioritiesTable['place_kind'];
  lon: number | null;
  lat: number | null;
  geometry: string | null;
  area_code: string | null;
  ward_code: string | null;
  description: string;
  created_at: string;
  supports: number | string | null;
}

function publicPlace(row: PublicRow, grid: number): PublicPlace | undefined {
  if (row.place_kind === 'point' && row.lon !== null && row.lat !== null) {
    return { kind: 'point', coordinates: snapToGrid(row.lon, row.lat, grid) };
  }
  if (row.place_kind === 'area' && row.geometry) {
    const outer = (JSON.parse(row.geometry) as { coordinates: number[][][] }).coordinates[0] ?? [];
    const [lon, lat] = ringCentroid(outer);
    return { kind: 'point', coordinates: snapToGrid(lon, lat, grid) };
  }
  // A police neighbourhood chosen without a pin publishes as the ward it was counted in.
  if (row.place_kind === 'neighbourhood')
    return row.ward_code ? { kind: 'area-unit', areaCode: row.ward_code } : undefined;
  if (row.area_code) return { kind: 'area-unit', areaCode: row.area_code };
  return undefined;
}

/** The WHERE clause every public read shares: i4a's moderation rules, in one place. Without a CSP: every CSP's. */
export function publicRows(db: Db, cspCode?: string) {
  let query = db.kysely.selectFrom('priorities as p');
  if (cspCode !== undefined) query = query.where('p.assigned_csp_code', '=', cspCode);
  query = query
    .where('p.status', '=', 'published')
    .where('p.sensitive', '=', 0)
    .where('p.personal_details', 'is', null);
  if (SENSITIVE_THEMES.length > 0) query = query.where('p.theme_key', 'not in', SENSITIVE_THEMES);
  return query;
}

export async function listPublicPriorities(
  db: Db,
  cspCode: string,
  q: PublicQuery = {},
): Promise<PublicPage> {
  const limit = q.limit ?? DEFAULT_PUBLIC_PAGE;
  const grid = q.gridMetres ?? DEFAULT_PUBLIC_GRID_METRES;
  let query = publicRows(db, cspCode)
    .leftJoin(
      db.kysely
        .selectFrom('supports')
        .select(['priority_id', sql<number>`count(*)`.as('n')])
        .groupBy('priority_id')
        .as('s'),
      's.priority_id',
      'p.id',
    )
    .select([
      'p.id',
      'p.theme_key',
      'p.place_kind',
      'p.lon',
      'p.lat',
      'p.geometry',
      'p.area_code',
      'p.ward_code',
      'p.description',
      'p.created_at',
      's.n as supports',
    ])
    .orderBy('p.id')
    .limit(limit + 1);
  if (q.cursor) query = query.where('p.id', '>', q.cursor);
  const rows = (await query.execute()) as PublicRow[];
  const page = rows.slice(0, limit);
  const [responses, names] = await Promise.all([
    latestResponses(
      db,
      page.map((r) => r.id),
    ),
    staffNames(db),
  ]);
  const items: PublicPriority[] = page.flatMap((row) => {
    const place = publicPlace(row, grid);
    if (!place) return [];
    return [
      {
        id: row.id,
        cspCode,
        themeKey: row.theme_key,
        wardCode: row.ward_code,
        place,
        description: row.description,
        supportCount: suppressSupport(Number(row.supports ?? 0)),
        createdOn: row.created_at.slice(0, 10),
        status: 'published' as const,
        ...progressOf(responses.get(row.id), names),
      },
    ];
  });
  const more = rows.length > limit;
  return { items, cursor: more ? (page.at(-1)?.id ?? '') : '', more };
}

// "Open" is where every priority starts: a priority set back to open has nothing done to show.
function progressOf(response: PriorityResponse | undefined, names: readonly string[]) {
  return response && response.status !== 'open' ? { progress: publicProgress(response, names) } : {};
}

/** Is this priority public (so it may be supported)? */
export async function isPublicPriority(db: Db, id: string): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('priorities')
    .select(['assigned_csp_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row?.assigned_csp_code) return false;
  return (
    (await publicRows(db, row.assigned_csp_code).select('p.id').where('p.id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

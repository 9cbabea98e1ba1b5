// One CSP's priorities by moderation status, oldest first, for the officers' queue.
import {
  hideCategoryOf,
  type MergeSurvivor,
  type ModerationItem,
  type ModerationQueueResponse,
  type ModerationStatus,
} from '../../domain/moderation';
import { findTheme } from '../../domain/taxonomy/themes';
import type { Db } from '../db/tables';
import { latestResponses } from './meetings/responses';
import { supportCounts } from './supports-link';

export interface QueueQuery {
  readonly cspCode: string;
  readonly status: Exclude<ModerationStatus, 'withdrawn'>;
  readonly cursor?: string;
  readonly limit: number;
}

/** A priority counts for the CSP the server placed it in, or the one the device named if none. */
export const ownerCsp = (row: { assigned_csp_code: string | null; csp_code: string }) =>
  row.assigned_csp_code ?? row.csp_code;

function parseCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('|');
  return at && id ? { at, id } : undefined;
}

const parseList = (text: string): string[] => {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
};

/** The outer ring of a drawn area (a GeoJSON Polygon), for the officer's small map. */
function outlineOf(geometry: string | null): [number, number][] | null {
  if (!geometry) return null;
  const g = JSON.parse(geometry) as { type?: string; coordinates?: [number, number][][] };
  return g.type === 'Polygon' && Array.isArray(g.coordinates?.[0]) ? g.coordinates[0] : null;
}

function survivorOf(r: {
  merged_into: string | null;
  survivor_theme: string | null;
  survivor_description: string | null;
  survivor_status: ModerationStatus | null;
}): MergeSurvivor | null {
  if (!r.merged_into || r.survivor_theme === null || r.survivor_status === null) return null;
  return {
    id: r.merged_into,
    themeKey: r.survivor_theme,
    description: r.survivor_description ?? '',
    status: r.survivor_status,
  };
}

export async function moderationQueue(db: Db, query: QueueQuery): Promise<ModerationQueueResponse> {
  const after = parseCursor(query.cursor);
  let q = db.kysely
    .selectFrom('priorities as p')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .leftJoin('area_units as n', (join) =>
      join.onRef('n.code', '=', 'p.area_code').on('p.place_kind', '=', 'neighbourhood'),
    )
    // Who recorded it, by the staff account's name: this route is for moderating staff only.
    .leftJoin('users as u', 'u.id', 'p.recorded_by')
    .leftJoin('priorities as s', 's.id', 'p.merged_into')
    .select([
      'p.id',
      'p.csp_code',
      'p.assigned_csp_code',
      'p.theme_key',
      'p.description',
      'p.ward_code',
      'w.name as ward_name',
      'p.landmark',
      'n.name as neighbourhood_name',
      'p.place_kind',
      'p.lon',
      'p.lat',
      'p.geometry',
      'p.channel',
      'p.times_of_day',
      'p.days',
      'p.respondent_type',
      'u.display_name as recorded_by_name',
      's.theme_key as survivor_theme',
      's.description as survivor_description',
      's.status as survivor_status',
      'p.created_at',
      'p.received_at',
      'p.status',
      'p.sensitive',
      'p.hidden_reason',
      'p.hidden_category',
      'p.resident_note',
      'p.merged_into',
      'p.personal_details',
    ])
    .where('p.status', '=', query.status)
    .where((eb) =>
      eb.or([
        eb('p.assigned_csp_code', '=', query.cspCode),
        eb.and([eb('p.assigned_csp_code', 'is', null), eb('p.csp_code', '=', query.cspCode)]),
      ]),
    )
    .orderBy('p.received_at')
    .orderBy('p.id')
    .limit(query.limit + 1);
  if (after) {
    q = q.where((eb) =>
      eb.or([
        eb('p.received_at', '>', after.at),
        eb.and([eb('p.received_at', '=', after.at), eb('p.id', '>', after.id)]),
      ]),
    );
  }
  const rows = await q.execute();
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [counts, responses] = await Promise.all([supportCounts(db, ids), latestResponses(db, ids)]);
  const items: ModerationItem[] = page.map((r) => ({
    id: r.id,
    cspCode: ownerCsp(r),
    themeKey: r.theme_key,
    description: r.description,
    wardCode: r.ward_code,
    wardName: r.ward_name,
    landmark: r.landmark,
    neighbourhoodName: r.neighbourhood_name,
    placeKind: r.place_kind,
    point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    outline: outlineOf(r.geometry),
    channel: r.channel,
    timesOfDay: parseList(r.times_of_day),
    days: parseList(r.days),
    respondentType: r.respondent_type,
    recordedByName: r.recorded_by_name,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    status: r.status,
    sensitive: r.sensitive === 1,
    themeSensitive: findTheme(r.theme_key)?.sensitive === true,
    hiddenReason: r.hidden_reason,
    hiddenCategory: r.status === 'hidden' ? hideCategoryOf(r.hidden_category) : null,
    residentNote: r.resident_note,
    mergedInto: r.merged_into,
    survivor: survivorOf(r),
    personalDetails: r.personal_details ? (JSON.parse(r.personal_details) as string[]) : [],
    supportCount: counts.get(r.id) ?? 1,
    response: responses.get(r.id) ?? null,
  }));
  const last = page.at(-1);
  return {
    items,
    cursor: last ? `${last.received_at}|${last.id}` : (query.cursor ?? null),
    more: rows.length > query.limit,
  };
}

// One CSP's priorities by moderation status, oldest first, for the officers' queue.
import {
  hideCategoryOf,
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

export async function moderationQueue(db: Db, query: QueueQuery): Promise<ModerationQueueResponse> {
  const after = parseCursor(query.cursor);
  let q = db.kysely
    .selectFrom('priorities as p')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .leftJoin('area_units as n', (join) =>
      join.onRef('n.code', '=', 'p.area_code').on('p.place_kind', '=', 'neighbourhood'),
    )
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
      'p.channel',
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
    channel: r.channel,
    createdAt: r.created_at,
    receivedAt: r.received_at,
    status: r.status,
    sensitive: r.sensitive === 1,
    themeSensitive: findTheme(r.theme_key)?.sensitive === true,
    hiddenReason: r.hidden_reason,
    hiddenCategory: r.status === 'hidden' ? hideCategoryOf(r.hidden_category) : null,
    residentNote: r.resident_note,
    mergedInto: r.merged_into,
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

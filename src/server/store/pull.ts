// Returns the server-owned state of a device's priorities changed after its cursor.
import { hideCategoryOf, isPublic } from '../../domain/moderation';
import { PROTOCOL_VERSION, type PullResponse, type ServerPriorityState } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';
import { type Cursor, formatCursor, parseCursor, pullHorizon } from './change-stamp';

export const DEFAULT_PULL_LIMIT = 100;

export interface PullQuery {
  readonly deviceId: string;
  readonly cursor?: string;
  readonly limit?: number;
  /** The device's store mark names what this store may have lost (routes/sync.ts). */
  readonly startOver?: boolean;
}

export async function pullPriorities(db: Db, query: PullQuery): Promise<PullResponse> {
  const asked = parseCursor(query.cursor);
  // A cursor past the newest change this device has here was issued by another (or an
  // earlier, since restored) store: start over rather than silently skip what is here.
  const reset =
    query.startOver === true ||
    ((asked.tx > 0 || asked.seq > 0) && (await isAhead(db, query.deviceId, asked)));
  const after = reset ? parseCursor(undefined) : asked;
  const limit = query.limit ?? DEFAULT_PULL_LIMIT;
  const horizon = pullHorizon(db.kind);
  let select = db.kysely
    .selectFrom('priorities as p')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .leftJoin('area_units as c', 'c.code', 'p.assigned_csp_code')
    .select([
      'p.id',
      'p.version',
      'p.status',
      'p.ward_code',
      'w.name as ward_name',
      'p.district_code',
      'p.assigned_csp_code',
      'c.name as csp_name',
      'p.outside_area',
      'p.received_at',
      'p.theme_key',
      'p.sensitive',
      'p.edited_after_publish',
      // For the author only: the category and the checked note, never hidden_reason.
      'p.hidden_category',
      'p.resident_note',
      'p.change_tx',
      'p.change_seq',
    ])
    .where('p.device_id', '=', query.deviceId)
    .where((eb) =>
      eb.or([
        eb('p.change_tx', '>', after.tx),
        eb.and([eb('p.change_tx', '=', after.tx), eb('p.change_seq', '>', after.seq)]),
      ]),
    );
  if (horizon) select = select.where('p.change_tx', '<', horizon);
  const rows = await select
    .orderBy('p.change_tx')
    .orderBy('p.change_seq')
    .limit(limit + 1)
    .execute();

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items: ServerPriorityState[] = page.map((r) => ({
    id: r.id,
    version: r.version,
    status: r.status,
    area: {
      wardCode: r.ward_code,
      wardName: r.ward_name,
      districtCode: r.district_code,
      cspCode: r.assigned_csp_code,
      cspName: r.csp_name,
    },
    outsideArea: r.outside_area === 1,
    receivedAt: r.received_at,
    shownPublicly: isPublic(r.status, r.theme_key, r.sensitive === 1),
    backInReview: r.status === 'received' && r.edited_after_publish === 1,
    ...(r.status === 'hidden'
      ? { hidden: { category: hideCategoryOf(r.hidden_category), note: r.resident_note } }
      : {}),
  }));
  return {
    protocol: PROTOCOL_VERSION,
    items,
    cursor: last
      ? formatCursor({ tx: Number(last.change_tx), seq: Number(last.change_seq) })
      : formatCursor(after),
    more: rows.length > limit,
    ...(reset ? { reset: true } : {}),
  };
}

async function isAhead(db: Db, deviceId: string, cursor: Cursor): Promise<boolean> {
  const newest = await db.kysely
    .selectFrom('priorities')
    .select(['change_tx', 'change_seq'])
    .where('device_id', '=', deviceId)
    .orderBy('change_tx', 'desc')
    .orderBy('change_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!newest) return true;
  const tx = Number(newest.change_tx);
  const seq = Number(newest.change_seq);
  return cursor.tx > tx || (cursor.tx === tx && cursor.seq > seq);
}

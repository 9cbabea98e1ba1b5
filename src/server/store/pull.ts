// Returns the server-owned state of a device's priorities changed after its cursor.
import { PROTOCOL_VERSION, type PullResponse, type ServerPriorityState } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';
import { formatCursor, parseCursor, pullHorizon } from './change-stamp';

export const DEFAULT_PULL_LIMIT = 100;

export interface PullQuery {
  readonly deviceId: string;
  readonly cursor?: string;
  readonly limit?: number;
}

export async function pullPriorities(db: Db, query: PullQuery): Promise<PullResponse> {
  const after = parseCursor(query.cursor);
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
  }));
  return {
    protocol: PROTOCOL_VERSION,
    items,
    cursor: last
      ? formatCursor({ tx: Number(last.change_tx), seq: Number(last.change_seq) })
      : formatCursor(after),
    more: rows.length > limit,
  };
}

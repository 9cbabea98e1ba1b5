// Stores a validated push batch: one transaction, idempotent upsert by id, newest version wins.

import type { Kysely } from 'kysely';
import type { Priority } from '../../domain/priority';
import type { PushRequest, PushResponse, PushResult } from '../../domain/sync-protocol';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import type { Db, StoreKind, Tables } from '../db/tables';
import type { AssignPlace } from '../geo/area-index';
import { changeSeq, changeTx } from './change-stamp';
import { toPriorityRow } from './priority-row';

// Columns a newer version replaces. received_at keeps the first arrival.
const UPDATED = [
  'csp_code',
  'theme_key',
  'place_kind',
  'lon',
  'lat',
  'accuracy_m',
  'geometry',
  'area_code',
  'landmark',
  'description',
  'times_of_day',
  'days',
  'respondent_type',
  'channel',
  'created_at',
  'updated_at',
  'version',
  'ward_code',
  'district_code',
  'assigned_csp_code',
  'outside_area',
  'server_updated_at',
  'change_seq',
  'change_tx',
  'personal_details',
] as const;

export async function pushPriorities(
  db: Db,
  req: PushRequest,
  assign: AssignPlace,
  now: () => string = () => new Date().toISOString(),
): Promise<PushResponse> {
  const at = now();
  const results = await db.kysely
    .transaction()
    .execute((tx) => upsertPriorities(tx, db.kind, req.priorities, assign, at));
  return { protocol: PROTOCOL_VERSION, results };
}

/** The upserts, inside a transaction the caller owns (tests use this to hold one open). */
export async function upsertPriorities(
  tx: Kysely<Tables>,
  kind: StoreKind,
  priorities: readonly Priority[],
  assign: AssignPlace,
  at: string,
): Promise<PushResult[]> {
  const out: PushResult[] = [];
  // One statement per record: each gets its own change_seq, and a repeated id within a
  // batch is simply a duplicate rather than an error.
  for (const priority of priorities) {
    const row = {
      ...toPriorityRow(priority, assign(priority.place), at),
      change_seq: changeSeq(kind),
      change_tx: changeTx(kind),
    };
    const stored = await tx
      .insertInto('priorities')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => Object.fromEntries(UPDATED.map((c) => [c, eb.ref(`excluded.${c}`)])))
          .whereRef('priorities.version', '<', 'excluded.version')
          // Ids are made on devices; a device may only ever replace its own records.
          .whereRef('priorities.device_id', '=', 'excluded.device_id'),
      )
      .returning('id')
      .executeTakeFirst();
    out.push({ id: priority.id, status: stored ? 'accepted' : 'duplicate' });
  }
  return out;
}

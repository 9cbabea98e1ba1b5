// Stores a device's pushed priorities: one transaction, one result per record, following the
// sync rules (src/domain/sync-rules.ts). New records go in with one multi-row insert (the
// common case, and what ingest speed depends on); edits, repeats and races take the careful
// one-record path, which re-reads and retries when another transaction got there first.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Priority } from '../../domain/priority';
import {
  MAX_BATCH,
  PROTOCOL_VERSION,
  type PriorityRecord,
  type PushResponse,
  type PushResult,
} from '../../domain/sync-protocol';
import { decideEdit, type HeldRecord } from '../../domain/sync-rules';
import type { Db, PrioritiesTable, StoreKind, Tables } from '../db/tables';
import type { AssignPlace } from '../geo/area-index';
import { changeSeq, changeTx, newRowStamps, type RowStamp } from './change-stamp';
import { insertCompiledOnce } from './compiled-inserts';
import { insertAreaRows, rememberPlaces, saveAreaRows } from './priority-areas';
import { fromPriorityRow, toPriorityRow } from './priority-row';

// Columns an accepted edit replaces. received_at keeps the first arrival.
const CONTENT = [
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
  'ward_code',
  'district_code',
  'assigned_csp_code',
  'outside_area',
  'personal_details',
  'recorded_by',
  'resident_count',
  'equality',
] as const;

/** Stores checked records for the sending device; results come back in request order. */
export async function pushPriorities(
  db: Db,
  req: { readonly deviceId: string; readonly priorities?: readonly PriorityRecord[] },
  assign: AssignPlace,
  now: () => string = () => new Date().toISOString(),
): Promise<PushResponse> {
  const records = req.priorities ?? [];
  if (records.length === 0) return { protocol: PROTOCOL_VERSION, results: [] };
  const at = now();
  const results = await db.kysely
    .transaction()
    .execute((tx) => applyPriorityRecords(tx, db.kind, req.deviceId, records, assign, at));
  return { protocol: PROTOCOL_VERSION, results };
}

/** The writes, inside a transaction the caller owns (tests use this to hold one open). */
export async function applyPriorityRecords(
  tx: Kysely<Tables>,
  kind: StoreKind,
  deviceId: string,
  records: readonly PriorityRecord[],
  assignPlace: AssignPlace,
  at: string,
): Promise<PushResult[]> {
  if (records.length === 0) return [];
  // Each place's areas feed both the row and its per-vintage rows (priority_areas).
  const assign = rememberPlaces(assignPlace);
  const results: (PushResult | undefined)[] = new Array(records.length);
  const ids = [...new Set(records.map((r) => r.id))];
  const held = new Set(
    (await tx.selectFrom('priorities').select('id').where('id', 'in', ids).execute()).map((r) => r.id),
  );
  // First sight of an id the store does not hold: a plain insert, done for all at once.
  const fresh: number[] = [];
  const seen = new Set<string>();
  records.forEach((r, i) => {
    if (!held.has(r.id) && !seen.has(r.id)) fresh.push(i);
    seen.add(r.id);
  });
  if (fresh.length > 0) {
    const stamps = await newRowStamps(tx, kind, fresh.length);
    const rows = fresh.map((i, n) => {
      const r = records[i] as PriorityRecord;
      return {
        ...toPriorityRow(r, assign(r.place), at),
        status: r.withdrawn ? ('withdrawn' as const) : ('received' as const),
        ...(stamps[n] as RowStamp),
      };
    });
    const inserted = new Set<string>();
    // One statement for a whole batch of 200 (about 7,000 parameters, under SQLite's 32,766 and
    // PostgreSQL's 65,535): each statement costs a parse and a prepare, which ingest speed feels.
    for (let start = 0; start < rows.length; start += MAX_BATCH) {
      const chunk = rows.slice(start, start + MAX_BATCH);
      const stored = await insertCompiledOnce(tx, 'new-priorities', chunk, () =>
        tx
          .insertInto('priorities')
          .values(chunk)
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id'),
      );
      for (const s of stored) inserted.add(s.id);
    }
    const storedFresh = fresh.map((i) => records[i] as PriorityRecord).filter((r) => inserted.has(r.id));
    await insertAreaRows(
      tx,
      storedFresh.map((r) => ({ id: r.id, rows: assign(r.place).rows })),
    );
    for (const i of fresh) {
      const r = records[i] as PriorityRecord;
      if (inserted.has(r.id))
        results[i] = { kind: 'priority', id: r.id, status: 'accepted', version: r.version };
    }
  }
  // Everything else, in batch order: edits, repeats within the batch, inserts lost to a race.
  for (let i = 0; i < records.length; i++) {
    if (results[i]) continue;
    results[i] = await applyOne(tx, kind, deviceId, records[i] as PriorityRecord, assign, at);
  }
  return results as PushResult[];
}

/**
 * New priorities written inside a caller's own transaction (a meeting bundle stores its
 * priorities this way): the same rules as a push, each record as a first send of its version.
 */
export async function upsertPriorities(
  tx: Kysely<Tables>,
  kind: StoreKind,
  priorities: readonly Priority[],
  assign: AssignPlace,
  at: string,
): Promise<PushResult[]> {
  const out: PushResult[] = [];
  for (const deviceId of new Set(priorities.map((p) => p.deviceId))) {
    const mine = priorities.filter((p) => p.deviceId === deviceId).map((p) => ({ baseVersion: 0, ...p }));
    out.push(...(await applyPriorityRecords(tx, kind, deviceId, mine, assign, at)));
  }
  return out;
}

type HeldRow = Selectable<PrioritiesTable>;

const toHeld = (row: HeldRow): HeldRecord => ({
  version: row.version,
  ownerDevice: row.device_id,
  writtenBy: row.written_by ?? row.device_id,
  withdrawn: row.status === 'withdrawn',
});

async function applyOne(
  tx: Kysely<Tables>,
  kind: StoreKind,
  deviceId: string,
  record: PriorityRecord,
  assign: AssignPlace,
  at: string,
): Promise<PushResult> {
  const base = { kind: 'priority' as const, id: record.id };
  // A retry only happens when a concurrent transaction changed the row between read and write.
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await tx.selectFrom('priorities').selectAll().where('id', '=', record.id).executeTakeFirst();
    const decision = decideEdit(
      row && toHeld(row),
      { version: record.version, baseVersion: record.baseVersion, withdrawn: record.withdrawn ?? false },
      deviceId,
    );
    switch (decision.action) {
      case 'duplicate':
        return { ...base, status: 'duplicate', version: row?.version };
      case 'conflict':
        return {
          ...base,
          status: 'conflict',
          version: row?.version,
          reason: 'this priority was changed on the consultation store after the version you edited',
          current: row && fromPriorityRow(row),
        };
      case 'reject':
        return { ...base, status: 'rejected', code: decision.code, reason: decision.reason };
      case 'insert': {
        const stored = await tx
          .insertInto('priorities')
          .values({
            ...toPriorityRow(record, assign(record.place), at),
            status: record.withdrawn ? 'withdrawn' : 'received',
            change_seq: changeSeq(kind),
            change_tx: changeTx(kind),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (stored) {
          await saveAreaRows(tx, record.id, assign(record.place).rows);
          return { ...base, status: 'accepted', version: record.version };
        }
        continue;
      }
      case 'update': {
        const heldVersion = (row as HeldRow).version;
        const fields = decision.contentToo ? contentOf(record, assign, at) : {};
        const stored = await tx
          .updateTable('priorities')
          .set({
            ...fields,
            version: decision.version,
            // An edit of published text goes back to the moderation queue; a withdrawal is final.
            status: record.withdrawn
              ? 'withdrawn'
              : sql<HeldRow['status']>`case when status = 'published' then 'received' else status end`,
            // So the author's device can say "back in review after your edit" (pull.ts).
            edited_after_publish: record.withdrawn
              ? sql<number>`edited_after_publish`
              : sql<number>`case when status = 'published' then 1 else edited_after_publish end`,
            written_by: null,
            server_updated_at: at,
            change_seq: changeSeq(kind),
            change_tx: changeTx(kind),
          })
          .where('id', '=', record.id)
          .where('version', '=', heldVersion)
          .returning('id')
          .executeTakeFirst();
        if (stored && decision.contentToo) await saveAreaRows(tx, record.id, assign(record.place).rows);
        if (stored) return { ...base, status: 'accepted', version: decision.version };
        continue;
      }
    }
  }
  throw new Error(`priority ${record.id} kept changing under this push; the device will retry`);
}

function contentOf(record: PriorityRecord, assign: AssignPlace, at: string) {
  const row = toPriorityRow(record, assign(record.place), at);
  return Object.fromEntries(CONTENT.map((c) => [c, row[c]])) as Pick<HeldRow, (typeof CONTENT)[number]>;
}

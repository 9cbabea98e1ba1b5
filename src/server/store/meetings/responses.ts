// "You said, we did" responses: officers add them to any priority; each update is kept and
// stamped for pull, so devices that raised the priority learn its status.
import { type RawBuilder, sql } from 'kysely';
import { v7 } from 'uuid';
import type { PriorityResponse, PulledResponse, ResponseUpdate } from '../../../domain/response';
import type { Db, PriorityResponsesTable, StoreKind } from '../../db/tables';

/** Same ordering idea as change-stamp.ts, over this table's own sequence. */
function responseSeq(kind: StoreKind): RawBuilder<number> {
  return kind === 'postgres'
    ? sql<number>`nextval('response_change_seq')`
    : sql<number>`(select coalesce(max(change_seq), 0) + 1 from priority_responses)`;
}
function responseTx(kind: StoreKind): RawBuilder<number> {
  return kind === 'postgres'
    ? sql<number>`pg_current_xact_id()::text::bigint`
    : sql<number>`(select coalesce(max(change_seq), 0) + 1 from priority_responses)`;
}

export interface Responder {
  readonly id: string | null;
  readonly displayName: string;
}

/** What a resident's device may receive: the response without the officer's name. */
export function toPulledResponse(
  r: Omit<PriorityResponsesTable, 'change_seq' | 'change_tx' | 'responded_by_id' | 'responded_by'>,
): PulledResponse {
  return {
    id: r.id,
    priorityId: r.priority_id,
    status: r.status,
    action: r.action,
    reason: r.reason,
    respondedAt: r.responded_at,
  };
}

export function toPriorityResponse(
  r: Omit<PriorityResponsesTable, 'change_seq' | 'change_tx' | 'responded_by_id'>,
): PriorityResponse {
  return { ...toPulledResponse(r), respondedBy: r.responded_by };
}

/** Adds a response; undefined when no such priority is held. */
export async function addResponse(
  db: Db,
  priorityId: string,
  update: ResponseUpdate,
  by: Responder,
  now: () => string = () => new Date().toISOString(),
): Promise<PriorityResponse | undefined> {
  return db.kysely.transaction().execute(async (tx) => {
    const held = await tx
      .selectFrom('priorities')
      .select('id')
      .where('id', '=', priorityId)
      .executeTakeFirst();
    if (!held) return undefined;
    const row = {
      id: v7(),
      priority_id: priorityId,
      status: update.status,
      action: update.action,
      reason: update.status === 'not-possible' ? update.reason : '',
      responded_by: by.displayName,
      responded_by_id: by.id,
      responded_at: now(),
    };
    await tx
      .insertInto('priority_responses')
      .values({ ...row, change_seq: responseSeq(db.kind), change_tx: responseTx(db.kind) })
      .execute();
    return toPriorityResponse(row);
  });
}

/** The newest response for each of the given priorities. */
export async function latestResponses(
  db: Db,
  priorityIds: readonly string[],
): Promise<Map<string, PriorityResponse>> {
  const out = new Map<string, PriorityResponse>();
  if (priorityIds.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('priority_responses')
    .select(['id', 'priority_id', 'status', 'action', 'reason', 'responded_by', 'responded_at'])
    .where('priority_id', 'in', priorityIds)
    .orderBy('responded_at')
    .orderBy('id')
    .execute();
  for (const row of rows) out.set(row.priority_id, toPriorityResponse(row));
  return out;
}

export async function responseHistory(db: Db, priorityId: string): Promise<PriorityResponse[]> {
  const rows = await db.kysely
    .selectFrom('priority_responses')
    .select(['id', 'priority_id', 'status', 'action', 'reason', 'responded_by', 'responded_at'])
    .where('priority_id', '=', priorityId)
    .orderBy('responded_at')
    .orderBy('id')
    .execute();
  return rows.map(toPriorityResponse);
}

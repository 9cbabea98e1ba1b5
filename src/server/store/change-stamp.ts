// The (change_tx, change_seq) stamp every write carries, and the horizon pull reads up to.
//
// On PostgreSQL sequence values are taken in one order and committed in another, so a pull
// cursor over change_seq alone could step past a row that commits late. change_tx is the
// writing transaction's id; every transaction below pg_snapshot_xmin has finished, so rows
// with change_tx under that horizon can no longer appear behind the cursor. SQLite has one
// writer at a time, so max+1 inside the write is already in commit order and needs no horizon.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { StoreKind, Tables } from '../db/tables';

export function changeSeq(kind: StoreKind): RawBuilder<number> {
  return kind === 'postgres'
    ? sql<number>`nextval('priority_change_seq')`
    : sql<number>`(select coalesce(max(change_seq), 0) + 1 from priorities)`;
}

export function changeTx(kind: StoreKind): RawBuilder<number> {
  return kind === 'postgres'
    ? sql<number>`pg_current_xact_id()::text::bigint`
    : sql<number>`(select coalesce(max(change_seq), 0) + 1 from priorities)`;
}

export interface RowStamp {
  readonly change_seq: number | RawBuilder<number>;
  readonly change_tx: number | RawBuilder<number>;
}

/**
 * Stamps for n rows written together in one statement. SQLite reads the high-water mark once
 * (the caller's transaction holds the only write lock); PostgreSQL draws from its sequence.
 */
export async function newRowStamps(tx: Kysely<Tables>, kind: StoreKind, n: number): Promise<RowStamp[]> {
  if (kind === 'postgres') {
    return Array.from({ length: n }, () => ({ change_seq: changeSeq(kind), change_tx: changeTx(kind) }));
  }
  const top = await tx
    .selectFrom('priorities')
    .select((eb) => eb.fn.max('change_seq').as('m'))
    .executeTakeFirst();
  const from = Number(top?.m ?? 0);
  return Array.from({ length: n }, (_, i) => ({ change_seq: from + i + 1, change_tx: from + i + 1 }));
}

/** Upper bound (exclusive) on change_tx that pull may return; null means no bound. */
export function pullHorizon(kind: StoreKind): RawBuilder<number> | null {
  return kind === 'postgres' ? sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint` : null;
}

export interface Cursor {
  readonly tx: number;
  readonly seq: number;
}

export const INITIAL_CURSOR = '0.0';

export function parseCursor(cursor: string | undefined): Cursor {
  const [tx, seq] = (cursor ?? INITIAL_CURSOR).split('.').map(Number);
  return { tx: tx ?? 0, seq: seq ?? 0 };
}

export const formatCursor = (c: Cursor): string => `${c.tx}.${c.seq}`;

// A priority's own area columns (ward_code, district_code, assigned_csp_code, outside_area) are
// its answer in the boundary vintages in force today, read from what priority_areas holds for
// every vintage. Re-aligned in batches after a re-assignment, and when a vintage imported ahead
// of time comes into force. Only rows whose answer changes are written, each with a new change
// stamp so devices pull the new ward.
import { type Kysely, sql } from 'kysely';
import type { Db, StoreKind, Tables } from '../db/tables';
import type { CurrentVintages } from '../geo/area-index';
import { newRowStamps } from './change-stamp';

const PAGE = 2000;
/** Rows per UPDATE … FROM (VALUES …): 7 parameters each, far under both stores' limits. */
const UPDATE_CHUNK = 500;

interface OwnColumns {
  readonly id: string;
  readonly ward: string | null;
  readonly district: string | null;
  readonly csp: string | null;
  readonly outside: 0 | 1;
}

/** Re-aligns some priorities (inside the caller's transaction); returns how many changed. */
export async function alignPriorities(
  tx: Kysely<Tables>,
  kind: StoreKind,
  current: CurrentVintages,
  ids: readonly string[],
): Promise<number> {
  const changes: OwnColumns[] = [];
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = ids.slice(start, start + PAGE);
    const rows = await answers(tx, current)?.where('p.id', 'in', page).execute();
    changes.push(...(rows ?? []).flatMap(changed));
  }
  await writeOwnColumns(tx, kind, changes);
  return changes.length;
}

/** Re-aligns every priority held, a page per transaction; returns how many changed. */
export async function alignAllPriorities(db: Db, current: CurrentVintages): Promise<number> {
  let after: string | undefined = '';
  let total = 0;
  while (after !== undefined) {
    const from: string = after;
    // Read and write in one transaction, so a priority edited meanwhile is not set back.
    [after, total] = await db.kysely.transaction().execute(async (tx) => {
      const rows = await answers(tx, current)?.where('p.id', '>', from).orderBy('p.id').limit(PAGE).execute();
      if (!rows || rows.length === 0) return [undefined, total] as const;
      const changes = rows.flatMap(changed);
      await writeOwnColumns(tx, db.kind, changes);
      return [rows.at(-1)?.id, total + changes.length] as const;
    });
  }
  return total;
}

/**
 * Each priority's columns beside its rows in the vintages in force; a level without boundaries
 * of its own takes the ward vintage, as assignment does. Undefined when no wards are held.
 */
function answers(db: Kysely<Tables>, current: CurrentVintages) {
  const ward = current.ward;
  if (!ward) return undefined;
  return db
    .selectFrom('priorities as p')
    .leftJoin('priority_areas as w', (j) =>
      j.onRef('w.priority_id', '=', 'p.id').on('w.level', '=', 'ward').on('w.vintage', '=', ward),
    )
    .leftJoin('priority_areas as d', (j) =>
      j
        .onRef('d.priority_id', '=', 'p.id')
        .on('d.level', '=', 'district')
        .on('d.vintage', '=', current.district ?? ward),
    )
    .leftJoin('priority_areas as c', (j) =>
      j
        .onRef('c.priority_id', '=', 'p.id')
        .on('c.level', '=', 'csp')
        .on('c.vintage', '=', current.csp ?? ward),
    )
    .leftJoin('priority_areas as n', (j) =>
      j
        .onRef('n.priority_id', '=', 'p.id')
        .on('n.level', '=', 'neighbourhood')
        .on('n.vintage', '=', current.neighbourhood ?? ward),
    )
    .select([
      'p.id',
      'p.ward_code',
      'p.district_code',
      'p.assigned_csp_code',
      'p.outside_area',
      'w.priority_id as assigned',
      'w.area_code as ward',
      'd.area_code as district',
      'c.area_code as csp',
      'n.area_code as neighbourhood',
    ]);
}

type Answer = NonNullable<Awaited<ReturnType<NonNullable<ReturnType<typeof answers>>['execute']>>>[number];

/** The new columns when they differ; nothing for a priority not assigned in the ward vintage. */
function changed(r: Answer): OwnColumns[] {
  if (r.assigned === null) return [];
  const outside = !r.ward && !r.district && !r.csp && !r.neighbourhood ? 1 : 0;
  const same =
    r.ward_code === r.ward &&
    r.district_code === r.district &&
    r.assigned_csp_code === r.csp &&
    Number(r.outside_area) === outside;
  return same ? [] : [{ id: r.id, ward: r.ward, district: r.district, csp: r.csp, outside }];
}

/** One UPDATE … FROM (VALUES …) per chunk: set-based on both stores, a fresh stamp per row. */
async function writeOwnColumns(tx: Kysely<Tables>, kind: StoreKind, changes: readonly OwnColumns[]) {
  const at = new Date().toISOString();
  for (let start = 0; start < changes.length; start += UPDATE_CHUNK) {
    const chunk = changes.slice(start, start + UPDATE_CHUNK);
    const stamps = await newRowStamps(tx, kind, chunk.length);
    const values = sql.join(
      chunk.map((c, i) => {
        const s = stamps[i];
        return sql`(${c.id}, ${c.ward}, ${c.district}, ${c.csp}, ${c.outside}, ${s?.change_seq}, ${s?.change_tx})`;
      }),
    );
    // VALUES columns are column1… on both stores; parameters arrive untyped on PostgreSQL.
    await sql`update priorities set
        ward_code = v.column2, district_code = v.column3, assigned_csp_code = v.column4,
        outside_area = cast(v.column5 as integer),
        change_seq = cast(v.column6 as bigint), change_tx = cast(v.column7 as bigint),
        server_updated_at = ${at}
      from (values ${values}) as v
      where priorities.id = v.column1`.execute(tx);
  }
}

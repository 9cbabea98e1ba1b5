// Multi-row inserts compiled once per shape. Kysely builds and compiles a node for every value
// of a multi-row insert (about 7,000 for a full push batch), which cost ingest nearly as much as
// SQLite's own work on those rows. The SQL for a given statement, row count and set of columns
// never changes, so it is compiled by Kysely the first time and later inserts of that shape run
// the same SQL with their own parameters (and SQLite reuses its prepared statement for it).
import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import type { Tables } from '../db/tables';

type Row = Readonly<Record<string, unknown>>;

/** Shapes kept: full push batches, and the partial batch sizes seen most recently. */
const MAX_SHAPES = 64;
const compiled = new Map<string, string | null>();

/**
 * Runs `build()` — an insert of exactly `rows` — reusing the SQL compiled for an earlier insert
 * of the same shape. `statement` names the statement in the cache. Values
 * that are SQL expressions (sequence draws) must be the same expression in every row.
 */
export async function insertCompiledOnce<O>(
  tx: Kysely<Tables>,
  statement: string,
  rows: readonly Row[],
  build: () => Compilable<O>,
): Promise<O[]> {
  const columns = Object.keys(rows[0] ?? {});
  const parameters = parametersOf(rows, columns);
  // A missing or undefined value becomes DEFAULT in Kysely's SQL: such rows are built afresh.
  if (!parameters) return (await tx.executeQuery(build())).rows;
  const dialect = tx.getExecutor().adapter.constructor.name;
  const key = `${dialect}|${statement}|${rows.length}|${parameters.length}|${columns.join(',')}`;
  const sql = compiled.get(key);
  if (sql) return (await tx.executeQuery<O>(CompiledQuery.raw(sql, parameters))).rows;
  const query = build().compile();
  // Kept only when Kysely's own parameters are exactly the ones this module would pass.
  const same =
    query.parameters.length === parameters.length && query.parameters.every((p, i) => p === parameters[i]);
  if (compiled.size >= MAX_SHAPES) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, same ? query.sql : null);
  return (await tx.executeQuery(query)).rows;
}

/** The rows' values in Kysely's order (row by row, column by column), SQL expressions left out. */
function parametersOf(rows: readonly Row[], columns: readonly string[]): unknown[] | undefined {
  const out: unknown[] = [];
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length) return undefined;
    for (const column of columns) {
      const value = row[column];
      if (value === undefined) return undefined;
      if (value === null || typeof value !== 'object') out.push(value);
    }
  }
  return out;
}

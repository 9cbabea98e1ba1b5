// Theme × area tables (wards, police neighbourhoods) with linked suppression: a theme total
// hidden in one table is hidden in every table that shows it, so tables cannot be combined
// to recover it.
import type { AreaRow, AreaTheme, Count, ThemeAreaCell } from '../../domain/summary';
import { MIN_PUBLISHED, suppressTable, type TableMask } from '../suppression';
import { NO_AREA } from './aggregate';
import type { AreaRef } from './input';

export interface AreaTableSpec {
  /** Areas as columns, in display order; the "none" bucket is added when it holds priorities. */
  readonly areas: readonly AreaRef[];
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly noneLabel: string;
}

export interface SuppressedAreaTable {
  readonly columns: readonly { code: string | null; name: string; residents: number | null }[];
  readonly matrix: readonly (readonly number[])[];
  readonly mask: TableMask;
}

function columnsOf(spec: AreaTableSpec, themeKeys: readonly string[]) {
  const known = new Set(spec.areas.map((a) => a.code));
  const extra = new Set<string>();
  for (const k of themeKeys)
    for (const [code, n] of spec.counts.get(k) ?? [])
      if (n > 0 && code !== NO_AREA && !known.has(code)) extra.add(code);
  const columns: { code: string | null; name: string }[] = [
    ...spec.areas.map((a) => ({ code: a.code, name: a.name })),
    ...[...extra].sort().map((code) => ({ code, name: code })),
  ];
  if (themeKeys.some((k) => (spec.counts.get(k)?.get(NO_AREA) ?? 0) > 0))
    columns.push({ code: null, name: spec.noneLabel });
  return columns;
}

/** Suppresses all tables together until the hidden theme totals and grand total agree. */
export function suppressAreaTables(
  specs: readonly AreaTableSpec[],
  themeKeys: readonly string[],
  residentsOf: (code: string) => number | null,
  min = MIN_PUBLISHED,
): SuppressedAreaTable[] {
  const shaped = specs.map((spec) => {
    const columns = columnsOf(spec, themeKeys);
    const matrix = themeKeys.map((k) => columns.map((c) => spec.counts.get(k)?.get(c.code ?? NO_AREA) ?? 0));
    return { columns, matrix };
  });
  let rowTotals = themeKeys.map(() => false);
  let grand = false;
  let masks: TableMask[] = [];
  for (let round = 0; round < 20; round++) {
    masks = shaped.map((t) => suppressTable(t.matrix, { rowTotals, grand, min }));
    const nextRows = themeKeys.map((_, i) => masks.some((m) => m.rowTotals[i]));
    const nextGrand = masks.some((m) => m.grand);
    const stable = nextGrand === grand && nextRows.every((h, i) => h === rowTotals[i]);
    rowTotals = nextRows;
    grand = nextGrand;
    if (stable) break;
  }
  return shaped.map((t, i) => ({
    columns: t.columns.map((c) => ({ ...c, residents: c.code ? residentsOf(c.code) : null })),
    matrix: t.matrix,
    mask: masks[i]!,
  }));
}

export function areaRows(
  table: SuppressedAreaTable,
  themeKeys: readonly string[],
  labelOf: (k: string) => string,
  grandTotal: Count,
  residentsAll: number | null,
): AreaRow[] {
  return table.columns.map((col, c) => {
    const total = table.mask.colTotals[c] ? null : table.matrix.reduce((s, row) => s + row[c]!, 0);
    const topThemes: AreaTheme[] = themeKeys
      .map((k, r) => ({
        themeKey: k,
        themeLabel: labelOf(k),
        count: table.matrix[r]![c]!,
        hidden: table.mask.cells[r]![c],
      }))
      .filter((t) => !t.hidden && t.count > 0)
      .sort((a, b) => b.count - a.count || a.themeKey.localeCompare(b.themeKey))
      .slice(0, 3)
      .map(({ themeKey, themeLabel, count }) => ({ themeKey, themeLabel, count }));
    const residents = col.residents;
    return {
      code: col.code,
      name: col.name,
      total,
      residents,
      ratePer1000: total !== null && residents ? (total / residents) * 1000 : null,
      share: total !== null && grandTotal ? total / grandTotal : null,
      residentShare: residents !== null && residentsAll ? residents / residentsAll : null,
      topThemes,
    };
  });
}

export function areaCells(table: SuppressedAreaTable, themeKeys: readonly string[]): ThemeAreaCell[] {
  return themeKeys.flatMap((k, r) =>
    table.columns.map((col, c) => ({
      themeKey: k,
      areaCode: col.code,
      count: table.mask.cells[r]![c] ? null : table.matrix[r]![c]!,
    })),
  );
}

// An independent "intruder" for suppression tests: given the published cells and totals of a
// table (null = hidden), which hidden values can be solved for exactly from the additivity
// equations? Straight Gaussian elimination, deliberately sharing no code with src/reports.

/** Equations: each is a list of [variable, coefficient] that sums to `rhs`. */
interface Equation {
  readonly terms: readonly (readonly [number, number])[];
  readonly rhs: number;
}

/** Indices of variables whose value the equations fix exactly (whatever the others are). */
export function determinedVariables(equations: readonly Equation[], variableCount: number): Set<number> {
  const m = equations.map((e) => {
    const row = new Array<number>(variableCount + 1).fill(0);
    for (const [v, k] of e.terms) row[v]! += k;
    row[variableCount] = e.rhs;
    return row;
  });
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < variableCount && rank < m.length; col++) {
    let best = rank;
    for (let r = rank; r < m.length; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[best]![col]!)) best = r;
    if (Math.abs(m[best]![col]!) < 1e-9) continue;
    [m[rank], m[best]] = [m[best]!, m[rank]!];
    const pivotRow = m[rank]!;
    const k = pivotRow[col]!;
    for (let j = 0; j <= variableCount; j++) pivotRow[j]! /= k;
    for (let r = 0; r < m.length; r++) {
      if (r === rank) continue;
      const f = m[r]![col]!;
      if (Math.abs(f) < 1e-12) continue;
      for (let j = 0; j <= variableCount; j++) m[r]![j]! -= f * pivotRow[j]!;
    }
    pivots.push(col);
    rank++;
  }
  const out = new Set<number>();
  pivots.forEach((col, r) => {
    const row = m[r]!;
    let alone = true;
    for (let j = 0; j < variableCount; j++) if (j !== col && Math.abs(row[j]!) > 1e-9) alone = false;
    if (alone) out.add(col);
  });
  return out;
}

export interface PublishedTable {
  readonly cells: readonly (readonly (number | null)[])[];
  readonly rowTotals: readonly (number | null)[];
  readonly colTotals: readonly (number | null)[];
  readonly grand: number | null;
}

/** Positions ("r,c" with "T" for a total) of hidden values an intruder can work out. */
export function recoverable(t: PublishedTable): string[] {
  const names: string[] = [];
  const variable = new Map<string, number>();
  const term = (
    name: string,
    value: number | null,
    sign: number,
    acc: { terms: [number, number][]; rhs: number },
  ) => {
    if (value !== null) {
      acc.rhs -= sign * value;
      return;
    }
    if (!variable.has(name)) {
      variable.set(name, names.length);
      names.push(name);
    }
    acc.terms.push([variable.get(name)!, sign]);
  };
  const equations: Equation[] = [];
  const R = t.cells.length;
  const C = t.colTotals.length;
  for (let r = 0; r < R; r++) {
    const e = { terms: [] as [number, number][], rhs: 0 };
    for (let c = 0; c < C; c++) term(`${r},${c}`, t.cells[r]![c]!, 1, e);
    term(`${r},T`, t.rowTotals[r]!, -1, e);
    equations.push(e);
  }
  for (let c = 0; c < C; c++) {
    const e = { terms: [] as [number, number][], rhs: 0 };
    for (let r = 0; r < R; r++) term(`${r},${c}`, t.cells[r]![c]!, 1, e);
    term(`T,${c}`, t.colTotals[c]!, -1, e);
    equations.push(e);
  }
  for (const [totals, name] of [
    [t.rowTotals, (i: number) => `${i},T`],
    [t.colTotals, (i: number) => `T,${i}`],
  ] as const) {
    const e = { terms: [] as [number, number][], rhs: 0 };
    totals.forEach((v, i) => {
      term(name(i), v, 1, e);
    });
    term('T,T', t.grand, -1, e);
    equations.push(e);
  }
  return [...determinedVariables(equations, names.length)].map((i) => names[i]!);
}

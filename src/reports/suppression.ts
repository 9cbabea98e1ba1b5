// Small-count suppression with secondary suppression, so no hidden count can be worked out
// from the totals that are published beside it.
//
// Primary: any count from 1 to 4 is hidden (0 discloses nobody and is shown).
// Secondary, one line (cells summing to a total): a line never has exactly one hidden value.
// Secondary, a cross-tabulation with row and column totals: the table plus its margins is a
// set of linear equations; a hidden cell can be solved for exactly when it is a bridge of the
// bipartite graph (rows × columns, one edge per hidden cell) of the table with margins. So we
// hide the cheapest further cells until no hidden cell is a bridge.

export const MIN_PUBLISHED = 5;

/** `min`: the smallest count published (1 for the officer's own preview, which hides nothing). */
export function isSmall(n: number, min = MIN_PUBLISHED): boolean {
  return n > 0 && n < min;
}

export interface LineMask {
  readonly cells: readonly boolean[];
  readonly total: boolean;
}

/** Which of a line's cells (and its total) to hide. `forceTotal`: the total is hidden elsewhere. */
export function suppressLine(
  cells: readonly number[],
  forceTotal = false,
  forced: readonly boolean[] = [],
  min = MIN_PUBLISHED,
): LineMask {
  const total = cells.reduce((s, n) => s + n, 0);
  const hidden = cells.map((n, i) => isSmall(n, min) || forced[i] === true);
  const totalHidden = forceTotal || isSmall(total, min);
  const unknowns = hidden.filter(Boolean).length + (totalHidden ? 1 : 0);
  if (unknowns === 1) {
    const i = cheapest(cells.map((n, j) => ({ index: j, value: n, allowed: !hidden[j] })));
    if (i !== undefined) hidden[i] = true;
  }
  return { cells: hidden, total: totalHidden };
}

export interface TableMask {
  readonly cells: readonly (readonly boolean[])[];
  readonly rowTotals: readonly boolean[];
  readonly colTotals: readonly boolean[];
  readonly grand: boolean;
}

export interface TableForce {
  readonly rowTotals?: readonly boolean[];
  readonly colTotals?: readonly boolean[];
  readonly grand?: boolean;
  /** The smallest count published (see isSmall). */
  readonly min?: number;
}

interface Candidate {
  readonly index: number;
  readonly value: number;
  readonly allowed: boolean;
}

// The smallest non-zero value is the least information lost; zeros only as a last resort.
function cheapest(candidates: readonly Candidate[]): number | undefined {
  let best: Candidate | undefined;
  const cost = (c: Candidate) => (c.value === 0 ? 1e11 : c.value);
  for (const c of candidates) if (c.allowed && (!best || cost(c) < cost(best))) best = c;
  return best?.index;
}

/** Cross-tabulation rows × cols of counts; row totals, column totals and the grand total published beside it. */
export function suppressTable(cells: readonly (readonly number[])[], force: TableForce = {}): TableMask {
  const R = cells.length;
  const C = R > 0 ? (cells[0]?.length ?? 0) : 0;
  // The augmented (R+1) × (C+1) table: row R holds the column totals, column C the row totals.
  const value: number[][] = [];
  for (let r = 0; r <= R; r++) value.push(new Array<number>(C + 1).fill(0));
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++) {
      const n = cells[r]?.[c] ?? 0;
      value[r]![c] = n;
      value[r]![C]! += n;
      value[R]![c]! += n;
      value[R]![C]! += n;
    }
  const hidden = value.map((row) => row.map((n) => isSmall(n, force.min)));
  for (let r = 0; r < R; r++) if (force.rowTotals?.[r]) hidden[r]![C] = true;
  for (let c = 0; c < C; c++) if (force.colTotals?.[c]) hidden[R]![c] = true;
  if (force.grand) hidden[R]![C] = true;

  const limit = (R + 1) * (C + 1);
  for (let round = 0; round < limit; round++) {
    const bridge = findBridge(hidden, R + 1, C + 1);
    if (!bridge) break;
    const path = complementsFor(bridge, hidden, value, R, C);
    // No published cell connects the two sides: nothing can protect it but hiding everything.
    if (path.length === 0) {
      for (const row of hidden) row.fill(true);
      break;
    }
    for (const [r, c] of path) hidden[r]![c] = true;
  }
  return {
    cells: hidden.slice(0, R).map((row) => row.slice(0, C)),
    rowTotals: hidden.slice(0, R).map((row) => row[C]!),
    colTotals: hidden[R]!.slice(0, C),
    grand: hidden[R]![C]!,
  };
}

interface Bridge {
  readonly r: number;
  readonly c: number;
  /** Which side of the cut each node is on once the bridge is removed (true: with row r). */
  readonly rowSide: readonly (boolean | null)[];
  readonly colSide: readonly (boolean | null)[];
}

// Nodes 0..rows-1 are rows, rows..rows+cols-1 columns; edges are hidden cells.
function findBridge(hidden: readonly (readonly boolean[])[], rows: number, cols: number): Bridge | undefined {
  const n = rows + cols;
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      if (hidden[r]![c]) {
        adj[r]!.push(rows + c);
        adj[rows + c]!.push(r);
      }
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  let counter = 0;
  let found: [number, number] | undefined;
  // Iterative Tarjan bridge search (no recursion limit on large tables).
  for (let root = 0; root < n && !found; root++) {
    if (order[root] !== -1 || adj[root]!.length === 0) continue;
    const stack: { node: number; parent: number; next: number }[] = [{ node: root, parent: -1, next: 0 }];
    order[root] = low[root] = counter++;
    while (stack.length > 0 && !found) {
      const top = stack[stack.length - 1]!;
      const neighbours = adj[top.node]!;
      if (top.next < neighbours.length) {
        const to = neighbours[top.next++]!;
        if (to === top.parent) continue;
        if (order[to] === -1) {
          order[to] = low[to] = counter++;
          stack.push({ node: to, parent: top.node, next: 0 });
        } else low[top.node] = Math.min(low[top.node]!, order[to]!);
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
          if (low[top.node]! > order[parent.node]!) found = [parent.node, top.node];
        }
      }
    }
  }
  if (!found) return undefined;
  const [a, b] = found;
  const r = a < rows ? a : b;
  const c = (a < rows ? b : a) - rows;
  // Split the component along the bridge: everything reachable from row r without crossing it.
  const side = new Array<boolean | null>(n).fill(null);
  const spread = (start: number, mark: boolean) => {
    const todo = [start];
    side[start] = mark;
    while (todo.length > 0) {
      const x = todo.pop()!;
      for (const y of adj[x]!) {
        if ((x === r && y === rows + c) || (y === r && x === rows + c)) continue;
        if (side[y] === null) {
          side[y] = mark;
          todo.push(y);
        }
      }
    }
  };
  spread(r, true);
  spread(rows + c, false);
  return { r, c, rowSide: side.slice(0, rows), colSide: side.slice(rows) };
}

// Cost of hiding a published cell: its value (the information lost), zeros a little dearer
// (a hidden zero protects less), row/column totals much dearer and the grand total dearest,
// so tables keep their totals wherever inner cells can do the job.
function hideCost(value: number, r: number, c: number, R: number, C: number): number {
  const base = value === 0 ? 25 : value;
  if (r === R && c === C) return 1e9 + base;
  // A large total hidden costs far more than a small one: it is a headline figure.
  if (r === R || c === C) return 1e4 + 50 * base;
  return base;
}

// The cheapest set of published cells whose hiding closes a cycle through the bridge: a
// shortest path (Dijkstra over rows and columns, published cells as edges) from the bridge's
// row side to its column side.
function complementsFor(
  bridge: Bridge,
  hidden: readonly (readonly boolean[])[],
  value: readonly (readonly number[])[],
  R: number,
  C: number,
): [number, number][] {
  const rows = R + 1;
  const n = rows + C + 1;
  const side = [...bridge.rowSide, ...bridge.colSide];
  const dist = new Array<number>(n).fill(Infinity);
  const via = new Array<[number, number] | undefined>(n).fill(undefined);
  const from = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  for (let v = 0; v < n; v++) if (side[v] === true) dist[v] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!done[v] && dist[v]! < Infinity && (u < 0 || dist[v]! < dist[u]!)) u = v;
    if (u < 0) return [];
    if (side[u] === false) {
      const path: [number, number][] = [];
      for (let v = u; from[v]! >= 0; v = from[v]!) path.push(via[v]!);
      return path;
    }
    done[u] = true;
    const isRow = u < rows;
    const count = isRow ? C + 1 : rows;
    for (let k = 0; k < count; k++) {
      const r = isRow ? u : k;
      const c = isRow ? k : u - rows;
      if (hidden[r]![c]) continue;
      const v = isRow ? rows + c : r;
      const d = dist[u]! + hideCost(value[r]![c]!, r, c, R, C);
      if (d < dist[v]!) {
        dist[v] = d;
        from[v] = u;
        via[v] = [r, c];
      }
    }
  }
}

// Small-count suppression: primary, one-line secondary, and cross-tabulations checked by an
// independent intruder that solves the published equations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, suppressLine, suppressTable } from '../../src/reports/suppression';
import { type PublishedTable, recoverable } from './support/attacker';

function publish(cells: number[][]): PublishedTable {
  const m = suppressTable(cells);
  const C = cells[0]?.length ?? 0;
  const rowTotals = cells.map((row) => row.reduce((s, n) => s + n, 0));
  const colTotals = Array.from({ length: C }, (_, c) => cells.reduce((s, row) => s + row[c]!, 0));
  const grand = rowTotals.reduce((s, n) => s + n, 0);
  return {
    cells: cells.map((row, r) => row.map((n, c) => (m.cells[r]![c] ? null : n))),
    rowTotals: rowTotals.map((n, r) => (m.rowTotals[r] ? null : n)),
    colTotals: colTotals.map((n, c) => (m.colTotals[c] ? null : n)),
    grand: m.grand ? null : grand,
  };
}

// Mostly small counts, as real ward × theme tables are.
const count = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) },
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([r, c]) =>
    fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
  );

describe('suppressLine', () => {
  it.each([
    { cells: [10, 3, 20], hidden: [true, true, false], total: false },
    { cells: [10, 3, 2], hidden: [false, true, true], total: false },
    { cells: [10, 0, 20], hidden: [false, false, false], total: false },
    { cells: [3], hidden: [true], total: true },
    { cells: [7, 6], hidden: [false, false], total: false },
  ])('$cells → hidden $hidden', ({ cells, hidden, total }) => {
    expect(suppressLine(cells)).toEqual({ cells: hidden, total });
  });

  it('hides a second cell when the total is hidden in another table', () => {
    expect(suppressLine([9, 6, 12], true)).toEqual({ cells: [false, true, false], total: true });
  });

  it('never leaves exactly one unknown in a line', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 12 }), fc.boolean(), (cells, forceTotal) => {
        const m = suppressLine(cells, forceTotal);
        const unknowns = m.cells.filter(Boolean).length + (m.total ? 1 : 0);
        expect(unknowns).not.toBe(1);
        cells.forEach((n, i) => {
          if (isSmall(n)) expect(m.cells[i]).toBe(true);
        });
      }),
    );
  });
});

describe('suppressTable', () => {
  it('hides a small cell and enough others that subtraction cannot recover it', () => {
    const t = publish([
      [20, 3, 15],
      [12, 9, 30],
    ]);
    expect(t.cells[0]![1]).toBeNull();
    expect(recoverable(t)).toEqual([]);
  });

  it('publishes a table with no small counts whole', () => {
    const t = publish([
      [20, 6],
      [0, 9],
    ]);
    expect(t.cells).toEqual([
      [20, 6],
      [0, 9],
    ]);
    expect(t.grand).toBe(35);
  });

  it('property: every count from 1 to 4 is hidden, and no hidden value is recoverable', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const t = publish(cells);
        cells.forEach((row, r) => {
          row.forEach((n, c) => {
            if (isSmall(n)) expect(t.cells[r]![c]).toBeNull();
          });
        });
        expect(recoverable(t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: published cells and totals are the true values', () => {
    fc.assert(
      fc.property(table, (cells) => {
        const t = publish(cells);
        cells.forEach((row, r) => {
          row.forEach((n, c) => {
            if (t.cells[r]![c] !== null) expect(t.cells[r]![c]).toBe(n);
          });
        });
        const grand = cells.flat().reduce((s, n) => s + n, 0);
        if (t.grand !== null) expect(t.grand).toBe(grand);
      }),
    );
  });
});

describe('the intruder itself', () => {
  it('finds a lone hidden cell in a row', () => {
    expect(recoverable({ cells: [[null, 5]], rowTotals: [8], colTotals: [3, 5], grand: 8 })).toContain('0,0');
  });
  it('cannot split two hidden cells that only appear together', () => {
    expect(recoverable({ cells: [[null, null]], rowTotals: [8], colTotals: [null, null], grand: 8 })).toEqual(
      [],
    );
  });
});

// Ward labels thinned by collision: the biggest area keeps its name, nothing overlaps, and
// labels under dots, the pin or the map's buttons, or cut off by the edge, are hidden.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, boxesClash, thinLabels } from '../../../src/client/map/label-thinning';

const box = (left: number, top: number, width = 60, height = 16): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const view = box(0, 0, 400, 400);

describe('thinLabels', () => {
  it('shows labels that do not touch', () => {
    const labels = [
      { box: box(10, 10), rank: 1 },
      { box: box(100, 10), rank: 1 },
    ];
    expect(thinLabels(labels, [], view)).toEqual([true, true]);
  });

  it('of two overlapping labels keeps the higher rank, whatever the order', () => {
    const small = { box: box(10, 10), rank: 1 };
    const big = { box: box(40, 15), rank: 5 };
    expect(thinLabels([small, big], [], view)).toEqual([false, true]);
    expect(thinLabels([big, small], [], view)).toEqual([true, false]);
  });

  it('keeps the first of equal ranks', () => {
    const a = { box: box(10, 10), rank: 2 };
    const b = { box: box(20, 12), rank: 2 };
    expect(thinLabels([a, b], [], view)).toEqual([true, false]);
  });

  it('counts labels closer than the gap as clashing', () => {
    const a = { box: box(10, 10), rank: 1 };
    const b = { box: box(72, 10), rank: 1 };
    expect(thinLabels([a, b], [], view, 4)).toEqual([true, false]);
    expect(thinLabels([a, b], [], view, 0)).toEqual([true, true]);
  });

  it('hides a label over a dot or a button, however big its area', () => {
    const label = { box: box(100, 100), rank: 100 };
    expect(thinLabels([label], [box(120, 105, 24, 24)], view)).toEqual([false]);
  });

  it('hides a label cut off by the edge of the map', () => {
    expect(thinLabels([{ box: box(370, 10), rank: 1 }], [], view)).toEqual([false]);
    expect(thinLabels([{ box: box(-5, 10), rank: 1 }], [], view)).toEqual([false]);
  });

  it('a hidden label does not block a lower one it overlaps', () => {
    // A hides under the obstacle; B, overlapping only A, still shows.
    const a = { box: box(10, 10), rank: 3 };
    const b = { box: box(50, 20), rank: 1 };
    expect(thinLabels([a, b], [box(0, 0, 30, 30)], view)).toEqual([false, true]);
  });

  it('never shows two overlapping labels, nor one over an obstacle (random layouts)', () => {
    const boxArb = fc
      .record({
        x: fc.integer({ min: -50, max: 420 }),
        y: fc.integer({ min: -50, max: 420 }),
        w: fc.integer({ min: 10, max: 120 }),
        h: fc.integer({ min: 10, max: 30 }),
      })
      .map(({ x, y, w, h }) => box(x, y, w, h));
    fc.assert(
      fc.property(
        fc.array(fc.record({ box: boxArb, rank: fc.integer({ min: 0, max: 9 }) }), { maxLength: 40 }),
        fc.array(boxArb, { maxLength: 10 }),
        (labels, obstacles) => {
          const shown = labels.filter((_, i) => thinLabels(labels, obstacles, view)[i]).map((l) => l.box);
          for (const [i, a] of shown.entries()) {
            expect(obstacles.some((o) => boxesClash(a, o))).toBe(false);
            for (const b of shown.slice(i + 1)) expect(boxesClash(a, b)).toBe(false);
          }
        },
      ),
    );
  });
});

// Rules for a drawn area: enough corners, closed ring, no crossing edges, a sensible size.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  type Corner,
  closeRing,
  drawnAreaProblem,
  selfIntersects,
  tidyCorners,
} from '../../src/domain/drawn-area';
import { AreaPlaceSchema } from '../../src/domain/priority';
import { check } from '../../src/domain/validation';

// About 140 m × 110 m in Rugby town centre.
const square: Corner[] = [
  [-1.262, 52.37],
  [-1.26, 52.37],
  [-1.26, 52.371],
  [-1.262, 52.371],
];

describe('drawn areas', () => {
  it('accepts a small square, whose closed ring passes the Place schema', () => {
    expect(drawnAreaProblem(square)).toBeUndefined();
    const place = { kind: 'area', geometry: { type: 'Polygon', coordinates: [closeRing(square)] } };
    expect(check(AreaPlaceSchema, place).ok).toBe(true);
    expect(areaKm2(square)).toBeCloseTo(0.015, 2);
  });

  it.each([
    ['two corners', square.slice(0, 2), 'An area needs at least 3 corners.'],
    [
      'a repeated corner does not count',
      [square[0]!, square[0]!, square[1]!],
      'An area needs at least 3 corners.',
    ],
    [
      'corners in a line',
      [
        [-1.26, 52.37],
        [-1.25, 52.37],
        [-1.24, 52.37],
      ] as Corner[],
      'The corners lie in a line: add a corner to the side.',
    ],
    [
      'a figure of eight',
      [square[0]!, square[2]!, square[1]!, square[3]!],
      'The edges of the area cross each other: undo a corner and try again.',
    ],
    [
      'a whole district',
      [
        [-1.4, 52.3],
        [-1.1, 52.3],
        [-1.1, 52.45],
        [-1.4, 52.45],
      ] as Corner[],
      'The area is larger than 25 km²: choose a ward instead, or draw a smaller area.',
    ],
  ])('refuses %s with a reason', (_name, corners, reason) => {
    expect(drawnAreaProblem(corners)).toBe(reason);
  });

  it('rounds to six decimals and drops a closing repeat of the first corner', () => {
    expect(
      tidyCorners([
        [-1.2600001, 52.37],
        [-1.25, 52.37],
        [-1.2600001, 52.37],
      ]),
    ).toEqual([
      [-1.26, 52.37],
      [-1.25, 52.37],
    ]);
  });

  it('never calls a convex polygon self-intersecting', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 40 }), fc.double({ min: 0.0005, max: 0.01 }), (n, r) => {
        const corners: Corner[] = Array.from({ length: n }, (_, i) => [
          -1.26 + r * Math.cos((2 * Math.PI * i) / n),
          52.37 + r * Math.sin((2 * Math.PI * i) / n),
        ]);
        expect(selfIntersects(corners)).toBe(false);
      }),
    );
  });
});

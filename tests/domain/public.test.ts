// Public-view rules: grid snapping hides the exact place but stays near it; small counts hidden.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceMetres, ringCentroid, snapToGrid, suppressSupport } from '../../src/domain/public';

const englandAndWales = fc.record({
  lon: fc.double({ min: -5.8, max: 1.8, noNaN: true }),
  lat: fc.double({ min: 49.9, max: 55.9, noNaN: true }),
});

describe('public view rules', () => {
  it('snaps every point to a cell centre within the cell (half-diagonal) and is stable', () => {
    fc.assert(
      fc.property(englandAndWales, fc.constantFrom(50, 100, 250, 1000), ({ lon, lat }, grid) => {
        const snapped = snapToGrid(lon, lat, grid);
        expect(distanceMetres(snapped, [lon, lat])).toBeLessThanOrEqual(grid * 0.71 + 1);
        // Snapping a published point again changes nothing: one cell, one point.
        expect(snapToGrid(snapped[0], snapped[1], grid)).toEqual(snapped);
      }),
      { numRuns: 500 },
    );
  });

  it('gives every point in a cell the same published place', () => {
    expect(snapToGrid(-1.26061, 52.37093, 100)).toEqual(snapToGrid(-1.2606, 52.3709, 100));
    expect(snapToGrid(-1.2606, 52.3709, 100)).not.toEqual(snapToGrid(-1.2606, 52.3729, 100));
  });

  it('suppresses support counts under 5', () => {
    expect([0, 1, 4, 5, 6, 120].map(suppressSupport)).toEqual([null, null, null, 5, 6, 120]);
  });

  it('finds the centroid of a polygon ring, either winding', () => {
    const square = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(ringCentroid(square)).toEqual([1, 1]);
    expect(ringCentroid([...square].reverse())).toEqual([1, 1]);
  });
});

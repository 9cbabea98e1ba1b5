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

  it('says none as none, hides 1 to 4, and shows 5 and over', () => {
    expect([0, 1, 4, 5, 6, 120].map(suppressSupport)).toEqual([0, null, null, 5, 6, 120]);
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        const shown = suppressSupport(n);
        // Only none or five and over are ever told exactly; anything else is hidden.
        if (shown !== null) expect(shown === 0 ? n === 0 : n >= 5 && shown === n).toBe(true);
        else expect(n >= 1 && n <= 4).toBe(true);
      }),
    );
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

// Rules for a drawn area: enough corners, closed ring, no crossing edges, a sensible size.
import turfArea from '@turf/area';
import kinks from '@turf/kinks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaKm2,
  type Corner,
  closeRing,
  drawnAreaProblem,
  drawnRingProblem,
  ENGLAND_AND_WALES_BOUNDS,
  MAX_AREA_KM2,
  MAX_CORNERS,
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
      'a corner on another edge',
      [square[0]!, square[1]!, [-1.261, 52.371], square[2]!, square[3]!, [-1.261, 52.371]] as Corner[],
      'Two corners are in the same place: undo a corner and try again.',
    ],
    [
      'a spike running back along an edge',
      [square[0]!, [-1.258, 52.37], square[1]!, square[2]!, square[3]!] as Corner[],
      'The edges of the area cross each other: undo a corner and try again.',
    ],
    [
      'an edge touching a corner',
      [square[0]!, square[1]!, [-1.261, 52.3705], square[2]!, square[3]!, [-1.261, 52.37]] as Corner[],
      'The edges of the area cross each other: undo a corner and try again.',
    ],
    [
      'an area in Scotland’s far north',
      square.map(([lon, lat]) => [lon - 2, lat + 6] as Corner),
      'The area must be in England or Wales.',
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
      fc.property(
        fc.integer({ min: 3, max: 40 }),
        fc.double({ min: 0.0005, max: 0.01, noNaN: true }),
        (n, r) => {
          const corners: Corner[] = Array.from({ length: n }, (_, i) => [
            -1.26 + r * Math.cos((2 * Math.PI * i) / n),
            52.37 + r * Math.sin((2 * Math.PI * i) / n),
          ]);
          expect(selfIntersects(corners)).toBe(false);
        },
      ),
    );
  });
});

/** Whether corners at these angles (degrees) go all the way round: no gap of half a turn or more. */
function surrounds(angles: readonly number[]): boolean {
  const sorted = [...angles].sort((a, b) => a - b);
  return sorted.every((a, i) => (sorted[i + 1] ?? sorted[0]! + 360) - a < 180);
}

/**
 * A star-shaped polygon around (lon, lat): corners at increasing angles all the way round the
 * centre are never self-crossing.
 */
const starShaped = (lon: number, lat: number, maxRadius: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: MAX_CORNERS })
    .filter(surrounds)
    .chain((angles) =>
      fc
        .array(fc.double({ min: 0.5, max: 1, noNaN: true }), {
          minLength: angles.length,
          maxLength: angles.length,
        })
        .map((radii) =>
          [...angles]
            .sort((a, b) => a - b)
            .map((degrees, i): Corner => {
              const a = (degrees / 180) * Math.PI;
              const r = radii[i]! * maxRadius;
              return [lon + r * Math.cos(a) * 1.6, lat + r * Math.sin(a)];
            }),
        ),
    );

const asPlace = (corners: readonly Corner[]) => ({
  kind: 'area',
  geometry: { type: 'Polygon', coordinates: [closeRing(corners)] },
});

describe('the store’s check of a received drawn area', () => {
  it('names the field and the reason for each rule', () => {
    const reasonFor = (place: unknown) => {
      const result = check(AreaPlaceSchema, place);
      return result.ok ? undefined : result.issues[0];
    };
    expect(reasonFor(asPlace([square[0]!, square[2]!, square[1]!, square[3]!]))).toEqual({
      path: 'geometry.coordinates',
      message: 'the outline crosses or touches itself',
    });
    expect(reasonFor(asPlace(square.map(([lon, lat]) => [lon + 10, lat] as Corner)))?.message).toBe(
      'every corner must be in England or Wales (longitude -6.5 to 1.8, latitude 49.8 to 55.85)',
    );
    expect(
      reasonFor(
        asPlace([
          [-1.5, 52.3],
          [-1.1, 52.3],
          [-1.1, 52.45],
          [-1.5, 52.45],
        ]),
      )?.message,
    ).toMatch(/^the area is \d+\.\d km²; a drawn area may be at most 25 km²/);
    expect(reasonFor(asPlace([square[0]!, square[1]!, square[0]!]))?.message).toBe(
      'a corner appears twice: the outline must not touch itself',
    );
  });

  it('accepts whatever the device accepts while drawing (the two never disagree)', () => {
    const nearRugby = fc.array(
      fc.tuple(
        fc.double({ min: -1.3, max: -1.2, noNaN: true }),
        fc.double({ min: 52.33, max: 52.4, noNaN: true }),
      ),
      { minLength: 0, maxLength: 12 },
    );
    fc.assert(
      fc.property(nearRugby, (corners) => {
        const deviceSays = drawnAreaProblem(corners as Corner[]);
        const storeSays = check(AreaPlaceSchema, asPlace(tidyCorners(corners as Corner[])));
        if (deviceSays === undefined) expect(storeSays.ok).toBe(true);
        else expect(storeSays.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts an outline @turf/kinks finds crossing, or one larger than the cap by @turf/area', () => {
    const corner = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }));
    const scatter = fc
      .uniqueArray(corner, { minLength: 3, maxLength: 9, selector: ([x, y]) => `${x},${y}` })
      .chain((cells) => fc.double({ min: 1e-5, max: 2e-4, noNaN: true }).map((step) => ({ cells, step })));
    fc.assert(
      fc.property(scatter, ({ cells, step }) => {
        const corners = cells.map(([x, y]): Corner => [-1.3 + x * step, 52.3 + y * step]);
        const ring = closeRing(corners);
        if (drawnRingProblem(ring) !== undefined) return;
        const polygon = { type: 'Polygon' as const, coordinates: [ring] };
        expect(kinks(polygon).features).toEqual([]);
        expect(turfArea(polygon) / 1e6).toBeLessThanOrEqual(MAX_AREA_KM2 * 1.01);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts every simple outline of up to the corner cap inside England and Wales, and none outside', () => {
    const { west, south, east, north } = ENGLAND_AND_WALES_BOUNDS;
    fc.assert(
      fc.property(
        fc.double({ min: west + 0.05, max: east - 0.05, noNaN: true }),
        fc.double({ min: south + 0.05, max: north - 0.05, noNaN: true }),
        fc.constantFrom(0.005, 0.01),
        fc.constantFrom(0, 9, -9, 45),
        (lon, lat, r, shift) =>
          fc.assert(
            fc.property(starShaped(lon, lat, r), (corners) => {
              const moved = corners.map(([x, y]): Corner => [x + shift, y]);
              const ok = check(AreaPlaceSchema, asPlace(moved)).ok;
              expect(ok).toBe(shift === 0);
            }),
            { numRuns: 5 },
          ),
      ),
      { numRuns: 60 },
    );
  });
});

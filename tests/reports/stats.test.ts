// Wilson intervals against published values, and the two-proportion z-test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf, twoProportionTest, wilsonInterval } from '../../src/reports/stats';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II (method 3, score without correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [0, 10, 0, 0.2775],
    [5, 10, 0.2366, 0.7634],
    [10, 10, 0.7225, 1],
  ])('%i/%i → %f to %f', (x, n, low, high) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.low).toBeCloseTo(low, 4);
    expect(ci.high).toBeCloseTo(high, 4);
  });

  it('is null for an empty denominator or impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
  });

  it('property: always inside [0, 1] and contains the observed share', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        ([x, n]) => {
          const ci = wilsonInterval(x, n)!;
          expect(ci.low).toBeGreaterThanOrEqual(0);
          expect(ci.high).toBeLessThanOrEqual(1);
          expect(ci.low).toBeLessThanOrEqual(x / n + 1e-12);
          expect(ci.high).toBeGreaterThanOrEqual(x / n - 1e-12);
        },
      ),
    );
  });
});

describe('twoProportionTest', () => {
  it('30/100 against 15/100: z ≈ 2.54, p ≈ 0.011, significant', () => {
    const t = twoProportionTest(30, 100, 15, 100)!;
    expect(t.z).toBeCloseTo(2.5397, 3);
    expect(t.p).toBeCloseTo(0.0111, 3);
    expect(t.significant).toBe(true);
  });

  it('12/100 against 10/100 is not significant', () => {
    expect(twoProportionTest(12, 100, 10, 100)!.significant).toBe(false);
  });

  it('is null with nothing to compare', () => {
    expect(twoProportionTest(0, 0, 3, 10)).toBeNull();
    expect(twoProportionTest(0, 10, 0, 10)).toBeNull();
  });

  it('normalCdf matches known quantiles', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(-1.6448536)).toBeCloseTo(0.05, 6);
  });
});

// Interval estimates and significance tests for shares of priorities raised.

/** The two-sided 95% critical value of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson score interval for a proportion x/n: better than the normal ("Wald") interval for the
 * small counts and shares near 0 or 1 that consultation data is full of (it never goes below 0).
 */
export function wilsonInterval(x: number, n: number, z = Z_95): Interval | null {
  if (n <= 0 || x < 0 || x > n) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 7.1.26 via erf, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface ProportionTest {
  readonly z: number;
  /** Two-sided p-value. */
  readonly p: number;
  readonly significant: boolean;
}

/**
 * Two-proportion z-test (pooled standard error) of x1/n1 against x2/n2, two-sided at 5%.
 * null when either period has no priorities or the pooled share is 0 or 1 (no variation to test).
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const z = (x1 / n1 - x2 / n2) / se;
  const p = 2 * (1 - normalCdf(Math.abs(z)));
  return { z, p, significant: p < 0.05 };
}

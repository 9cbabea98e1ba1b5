import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/domain/backoff';

describe('backoffDelay', () => {
  it('stays within the cap and never waits less than half the base (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, r) => {
          const delay = backoffDelay(attempt, r);
          return delay >= DEFAULT_BACKOFF.baseMs / 2 && delay <= DEFAULT_BACKOFF.capMs;
        },
      ),
    );
  });

  it('grows with the attempt number for the same luck (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (attempt, r) => {
          return backoffDelay(attempt + 1, r) >= backoffDelay(attempt, r);
        },
      ),
    );
  });

  it('spreads devices that failed together', () => {
    expect(backoffDelay(5, 0)).toBeLessThan(backoffDelay(5, 0.99));
  });
});

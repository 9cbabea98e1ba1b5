import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctDeviceTimes, measureSkew, SKEW_TOLERANCE_MS } from '../../src/domain/clock-skew';

const NOW = Date.parse('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

describe('clock skew', () => {
  it('takes a clock within tolerance as right, and a missing or broken sentAt as no evidence', () => {
    expect(measureSkew(iso(NOW - SKEW_TOLERANCE_MS), NOW)).toBe(0);
    expect(measureSkew(undefined, NOW)).toBe(0);
    expect(measureSkew('not a time', NOW)).toBe(0);
    expect(measureSkew(iso(NOW - 3 * DAY), NOW)).toBe(3 * DAY);
  });

  it('moves a record made on a clock three days slow to the store’s time', () => {
    const made = NOW - 3 * DAY - 60_000; // a minute before sending, on the slow clock
    const record = { createdAt: iso(made), updatedAt: iso(made) };
    expect(correctDeviceTimes(record, measureSkew(iso(NOW - 3 * DAY), NOW), NOW)).toEqual({
      createdAt: iso(NOW - 60_000),
      updatedAt: iso(NOW - 60_000),
    });
  });

  it('property: corrected times are never in the store’s future and never out of order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30 * DAY, max: 30 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 0, max: DAY }),
        (deviceError, age, editedAfter) => {
          const deviceNow = NOW - deviceError;
          const created = deviceNow - age;
          const record = {
            createdAt: iso(created),
            updatedAt: iso(Math.min(deviceNow, created + editedAfter)),
          };
          const out = correctDeviceTimes(record, measureSkew(iso(deviceNow), NOW), NOW);
          expect(Date.parse(out.createdAt)).toBeLessThanOrEqual(NOW);
          expect(Date.parse(out.updatedAt)).toBeLessThanOrEqual(NOW);
          expect(Date.parse(out.createdAt)).toBeLessThanOrEqual(Date.parse(out.updatedAt));
          // Within the tolerance of the truth: the record's age as the device measured it is kept.
          expect(Math.abs(NOW - Date.parse(out.createdAt) - age)).toBeLessThanOrEqual(SKEW_TOLERANCE_MS);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: a right clock changes a record only where its times are in the future, out of order or not canonical', () => {
    // The rule written out in full: what the quick path for a right clock must agree with.
    const full = (r: { createdAt: string; updatedAt: string }) => {
      const created = Math.min(Date.parse(r.createdAt), NOW);
      const updated = Math.max(created, Math.min(Date.parse(r.updatedAt), NOW));
      return { createdAt: iso(created), updatedAt: iso(updated) };
    };
    const time = fc.integer({ min: NOW - 400 * DAY, max: NOW + 2 * DAY });
    const written = fc.oneof(
      time.map(iso),
      // Other ISO 8601 forms a device might send: an offset, no milliseconds.
      time.map((t) => iso(t).replace('Z', '+00:00')),
      time.map((t) => `${iso(Math.floor(t / 1000) * 1000).slice(0, 19)}Z`),
    );
    fc.assert(
      fc.property(written, written, (createdAt, updatedAt) => {
        const record = { createdAt, updatedAt };
        expect(correctDeviceTimes(record, 0, NOW)).toEqual(full(record));
      }),
      { numRuns: 1000 },
    );
  });
});

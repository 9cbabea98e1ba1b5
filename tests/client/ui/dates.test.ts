import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/client/ui/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

describe('formatDate: dates as a person reads them', () => {
  it('writes a calendar day as "7 December 2026"', () => {
    expect(formatDate('2026-12-07')).toBe('7 December 2026');
    expect(formatDate('2027-01-01')).toBe('1 January 2027');
  });

  it('keeps a calendar day the same day in any time zone, and never shows it as ISO', () => {
    const day = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const text = formatDate(iso);
        expect(text).toBe(`${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }),
    );
  });

  it('writes a moment (ISO timestamp or epoch ms) as its day, with the month in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const d = new Date(ms);
        expect(formatDate(ms)).toBe(`${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`);
        expect(formatDate(d.toISOString())).toBe(formatDate(ms));
      }),
    );
  });

  it('adds the time with "at" and a 24-hour clock', () => {
    expect(formatDateTime(new Date(2026, 11, 7, 14, 5))).toBe('7 December 2026 at 14:05');
  });
});

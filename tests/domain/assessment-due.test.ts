import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessmentDueWords,
  MONTH_NAMES,
  parseAssessmentMonth,
  seasonOf,
} from '../../src/domain/assessment-due';

const on = (year: number, month: number, day = 15) => new Date(year, month - 1, day, 12);
const month = fc.integer({ min: 1, max: 12 });
const date = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), month, day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => on(year, month, day));
const ahead = (target: number, today: Date) => (target - (today.getMonth() + 1) + 12) % 12;

describe('assessmentDueWords', () => {
  it.each([
    // today (year, month), assessment month, words
    [2026, 12, 12, 'this month'],
    [2026, 12, 1, 'next month'],
    [2026, 12, 3, 'in March'],
    [2026, 12, 5, 'in May'],
    [2026, 12, 6, 'next summer'],
    [2026, 12, 10, 'next autumn'],
    [2027, 1, 10, 'this autumn'],
    [2027, 1, 8, 'this summer'],
    [2027, 4, 11, 'this autumn'],
    [2027, 7, 1, 'this winter'],
    [2027, 8, 2, 'this winter'],
    [2027, 3, 12, 'next winter'],
    [2027, 2, 12, 'next winter'],
    [2027, 1, 12, 'next winter'],
    [2027, 9, 6, 'next summer'],
    [2027, 11, 5, 'next spring'],
  ])('in %i-%i, an assessment written in month %i is due %s', (y, m, target, words) => {
    expect(assessmentDueWords(target, on(y, m))).toBe(words);
  });

  it('names the month itself when it is two to five months away, else its season (property)', () => {
    fc.assert(
      fc.property(month, date, (target, today) => {
        const words = assessmentDueWords(target, today);
        const d = ahead(target, today);
        if (d === 0) return words === 'this month';
        if (d === 1) return words === 'next month';
        if (d < 6) return words === `in ${MONTH_NAMES[target - 1]}`;
        return words === `this ${seasonOf(target)}` || words === `next ${seasonOf(target)}`;
      }),
    );
  });

  it('depends on the month of today, never on its day (property)', () => {
    fc.assert(
      fc.property(month, date, fc.integer({ min: 1, max: 28 }), (target, today, day) => {
        const sameMonth = new Date(today.getFullYear(), today.getMonth(), day, 12);
        return assessmentDueWords(target, sameMonth) === assessmentDueWords(target, today);
      }),
    );
  });

  it('never says "this" of the season that is under way (property)', () => {
    fc.assert(
      fc.property(month, date, (target, today) => {
        const words = assessmentDueWords(target, today);
        return words !== `this ${seasonOf(today.getMonth() + 1)}`;
      }),
    );
  });

  it('"this <season>" is never further ahead than "next <season>" for the same today (property)', () => {
    fc.assert(
      fc.property(month, month, date, (a, b, today) => {
        const wa = assessmentDueWords(a, today);
        const wb = assessmentDueWords(b, today);
        const season = (w: string) => w.split(' ')[1];
        if (wa.startsWith('this ') && wb.startsWith('next ') && season(wa) === season(wb)) {
          return ahead(a, today) < ahead(b, today);
        }
        return true;
      }),
    );
  });

  it('refuses a month outside 1 to 12', () => {
    expect(() => assessmentDueWords(0, on(2026, 1))).toThrow(RangeError);
    expect(() => assessmentDueWords(13, on(2026, 1))).toThrow(RangeError);
  });
});

describe('parseAssessmentMonth', () => {
  it.each([
    ['10', 10],
    ['1', 1],
    ['October', 10],
    ['oct', 10],
    ['  march ', 3],
    ['13', undefined],
    ['0', undefined],
    ['Octo', undefined],
    ['ma', undefined],
    ['', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(parseAssessmentMonth(text)).toBe(expected);
  });
});

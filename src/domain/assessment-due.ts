// When a CSP's next strategic assessment is written, in the words a resident uses ("this
// autumn", "next spring", "in January"), from the month the CSP set and today's date.
//
// Near months are named ("next month", "in March"); six or more months ahead the season is
// enough. "This <season>" is the season's occurrence that starts this calendar year (winter
// starts in December, so in July a January assessment is "this winter"); a season already
// under way, or one that starts next year, is "next <season>", and so is a winter seen from
// spring (in March, "this winter" would sound like the one just ended).

export const MONTH_NAMES = [
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
] as const;

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Meteorological seasons, as a UK reader counts them: spring is March to May. */
export function seasonOf(month: number): Season {
  if (month >= 3 && month <= 5) return 'spring';
  if (month >= 6 && month <= 8) return 'summer';
  if (month >= 9 && month <= 11) return 'autumn';
  return 'winter';
}

export const isAssessmentMonth = (month: unknown): month is number =>
  typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;

/**
 * The phrase for the next time `month` (1 to 12) comes round, seen from `today` (its local
 * month): "this month", "next month", "in <Month>", "this <season>" or "next <season>".
 */
export function assessmentDueWords(month: number, today: Date): string {
  if (!isAssessmentMonth(month)) throw new RangeError(`month must be 1 to 12, not ${month}`);
  const now = today.getMonth() + 1;
  const ahead = (month - now + 12) % 12;
  if (ahead === 0) return 'this month';
  if (ahead === 1) return 'next month';
  if (ahead < 6) return `in ${MONTH_NAMES[month - 1]}`;
  const season = seasonOf(month);
  // The calendar year the target's season starts in (January and February belong to the
  // winter that began the December before).
  const year = today.getFullYear() + (month < now ? 1 : 0);
  const seasonStarts = month <= 2 ? year - 1 : year;
  const current = seasonOf(now);
  const thisOne =
    seasonStarts === today.getFullYear() &&
    current !== season &&
    !(season === 'winter' && current === 'spring');
  return thisOne ? `this ${season}` : `next ${season}`;
}

/** Reads a month as an officer types it: 1 to 12, or its English name or first three letters. */
export function parseAssessmentMonth(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return isAssessmentMonth(n) ? n : undefined;
  }
  if (t.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex(
    (m) => m.toLowerCase().startsWith(t) && (t.length === 3 || m.toLowerCase() === t),
  );
  return i >= 0 ? i + 1 : undefined;
}

// Dates as a person in England and Wales reads them: "7 December 2026", never 2026-12-07.
// The one formatter for the app's screens (exports and files keep ISO dates for machines).

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
// A calendar day (YYYY-MM-DD) is the same day everywhere: read and written in UTC.
const CALENDAR_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const DAY_NO_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long' });
const WEEKDAY_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})$/;

const asDate = (when: string | number | Date) => (when instanceof Date ? when : new Date(when));

/**
 * "7 December 2026". A bare calendar day ("2026-12-07", e.g. a meeting's date) is that day
 * whatever the device's time zone; a moment (an ISO timestamp, epoch ms) is its local day.
 */
export function formatDate(when: string | number | Date): string {
  if (typeof when === 'string') {
    const day = CALENDAR.exec(when);
    if (day) return CALENDAR_DAY.format(new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)));
  }
  return DAY.format(asDate(when));
}

/** "7 December 2026 at 14:05" (local time). */
export function formatDateTime(when: string | number | Date): string {
  const d = asDate(when);
  return `${DAY.format(d)} at ${TIME.format(d)}`;
}

/** "7 December at 14:05": a moment within the coming days or weeks (local time). */
export function formatDayAndTime(when: string | number | Date): string {
  const d = asDate(when);
  return `${DAY_NO_YEAR.format(d)} at ${TIME.format(d)}`;
}

/** "Monday 14:05": a moment within the coming week (local time). */
export const formatWeekdayTime = (when: string | number | Date) =>
  WEEKDAY_TIME.format(asDate(when)).replace(',', '');

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "October 2026" from a calendar month ("2026-10"), as public progress gives it. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return MONTH.format(new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)));
}

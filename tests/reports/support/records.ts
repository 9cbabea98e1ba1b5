// Generated priorities for summary property tests, and a direct count that shares no code
// with src/reports (plain loops over individual records).
import fc from 'fast-check';
import type { PriorityFact } from '../../../src/reports/consultation/input';

export const THEMES = [
  'local.speeding',
  'local.parking',
  'local.fly-tipping',
  'asb.nuisance',
  'sensitive.hate-crime',
];
export const WARDS = [
  { code: 'E05000001', name: 'Abbey' },
  { code: 'E05000002', name: 'Brook' },
  { code: 'E05000003', name: 'Castle' },
];
const CHANNELS = ['online', 'meeting', 'patrol', 'survey'];
const TYPES = ['lives', 'works', 'visits'];

export const AGES = ['under-16', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'];
export const SEXES = ['female', 'male'];

export interface Rec {
  period: 'current' | 'previous';
  theme: string;
  ward: string | null;
  channel: string;
  type: string;
  times: string[];
  supports: number;
  /** Residents this record stands for (patrol records can name several). */
  residents: number;
  /** Consented equality answers of the one person who gave them, if any. */
  age: string | null;
  sex: string | null;
}

const answer = (values: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('prefer-not-to-say') },
    { weight: 6, arbitrary: fc.constantFrom(...values) },
  );

const rec: fc.Arbitrary<Rec> = fc.record({
  period: fc.constantFrom('current', 'current', 'current', 'previous') as fc.Arbitrary<
    'current' | 'previous'
  >,
  theme: fc.constantFrom(...THEMES),
  ward: fc.constantFrom(...WARDS.map((w) => w.code), null),
  channel: fc.constantFrom(...CHANNELS),
  type: fc.constantFrom(...TYPES),
  times: fc.subarray(['morning', 'evening', 'night']),
  supports: fc.nat({ max: 3 }),
  residents: fc.oneof(
    { weight: 5, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 6 }) },
  ),
  age: answer(AGES),
  sex: answer(SEXES),
});

/** Skewed towards one theme so tables hold both large and small counts. */
export const records = fc.array(rec, { minLength: 0, maxLength: 400 });

export function toFacts(rs: readonly Rec[]): PriorityFact[] {
  return rs.map((r) => ({
    period: r.period,
    themeKey: r.theme,
    wardCode: r.ward,
    channel: r.channel,
    respondentType: r.type,
    timesOfDay: r.times,
    days: [],
    ageBand: r.age,
    sex: r.sex,
    count: r.residents,
    records: 1,
    supports: r.supports,
  }));
}

/** The same records grouped into counted facts, as the store's GROUP BY hands them over. */
export function groupedFacts(rs: readonly Rec[]): PriorityFact[] {
  const groups = new Map<string, PriorityFact>();
  for (const f of toFacts(rs)) {
    const key = JSON.stringify([
      f.period,
      f.themeKey,
      f.wardCode,
      f.channel,
      f.respondentType,
      f.timesOfDay,
      f.ageBand,
      f.sex,
    ]);
    const g = groups.get(key);
    groups.set(
      key,
      g
        ? {
            ...g,
            count: g.count + f.count,
            records: (g.records ?? 0) + (f.records ?? 0),
            supports: g.supports + f.supports,
          }
        : f,
    );
  }
  return [...groups.values()];
}

/** Plain loops over individual records: residents counted one by one, as the method note says. */
export function direct(rs: readonly Rec[]) {
  const cur = rs.filter((r) => r.period === 'current');
  const n = (pred: (r: Rec) => boolean, list = cur) => {
    let c = 0;
    for (const r of list) if (pred(r)) c += r.residents;
    return c;
  };
  const records = (pred: (r: Rec) => boolean) => cur.filter(pred).length;
  // Each record's answer is one person's; the record's other residents were not asked.
  const people = (answerOf: (r: Rec) => string | null, known: string[], band: string | null) => {
    let c = 0;
    for (const r of cur) {
      const a = answerOf(r);
      const stated = a !== null && known.includes(a);
      if (band === null) c += stated ? r.residents - 1 : r.residents;
      else if (stated && a === band) c += 1;
    }
    return c;
  };
  return {
    total: n(() => true),
    records: records(() => true),
    themeRecords: (t: string) => records((r) => r.theme === t),
    age: (band: string | null) => people((r) => r.age, AGES, band),
    sex: (band: string | null) => people((r) => r.sex, SEXES, band),
    theme: (t: string) => n((r) => r.theme === t),
    previousTheme: (t: string) =>
      n(
        (r) => r.theme === t,
        rs.filter((r) => r.period === 'previous'),
      ),
    ward: (w: string | null) => n((r) => r.ward === w),
    cell: (t: string, w: string | null) => n((r) => r.theme === t && r.ward === w),
    channel: (c: string) => n((r) => r.channel === c),
    type: (c: string) => n((r) => r.type === c),
    time: (t: string) => n((r) => r.times.includes(t)),
    supports: (t: string) => cur.filter((r) => r.theme === t).reduce((s, r) => s + r.supports, 0),
  };
}

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

export interface Rec {
  period: 'current' | 'previous';
  theme: string;
  ward: string | null;
  channel: string;
  type: string;
  times: string[];
  supports: number;
}

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
    count: 1,
    supports: r.supports,
  }));
}

/** The same records grouped into counted facts, as the store's GROUP BY hands them over. */
export function groupedFacts(rs: readonly Rec[]): PriorityFact[] {
  const groups = new Map<string, PriorityFact>();
  for (const f of toFacts(rs)) {
    const key = JSON.stringify([f.period, f.themeKey, f.wardCode, f.channel, f.respondentType, f.timesOfDay]);
    const g = groups.get(key);
    groups.set(key, g ? { ...g, count: g.count + 1, supports: g.supports + f.supports } : f);
  }
  return [...groups.values()];
}

export function direct(rs: readonly Rec[]) {
  const cur = rs.filter((r) => r.period === 'current');
  const n = (pred: (r: Rec) => boolean, list = cur) => {
    let c = 0;
    for (const r of list) if (pred(r)) c++;
    return c;
  };
  return {
    total: cur.length,
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

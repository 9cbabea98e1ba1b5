// The consultation summary against a direct count of generated priorities: published numbers
// are true, totals are conserved, and suppression never lets a small count be worked out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsultationSummary } from '../../src/domain/summary';
import { buildConsultationSummary } from '../../src/reports/consultation/build';
import type { SummaryInput } from '../../src/reports/consultation/input';
import { isSmall } from '../../src/reports/suppression';
import { recoverable } from './support/attacker';
import { direct, groupedFacts, type Rec, records, THEMES, toFacts, WARDS } from './support/records';

const base: Omit<SummaryInput, 'facts'> = {
  csps: [{ code: 'E22000321', name: 'Rugby' }],
  period: { from: '2026-04-01', to: '2027-03-31' },
  comparison: { from: '2025-04-01', to: '2026-03-31' },
  wards: WARDS,
  boundaryVintage: 'December 2022 wards',
  supportsRecorded: true,
  generatedAt: '2027-04-02T09:00:00.000Z',
};
/** One resident, no equality answers. */
const ONE = { residents: 1, age: null, sex: null } as const;
const build = (rs: readonly Rec[]) => buildConsultationSummary({ ...base, facts: toFacts(rs) });

/** Every count the summary publishes, with what it should be. */
function publishedCounts(s: ConsultationSummary, d: ReturnType<typeof direct>): [number | null, number][] {
  return [
    [s.total, d.total],
    [s.records, d.records],
    ...s.themes.map((t) => [t.records, d.themeRecords(t.themeKey)] as [number | null, number]),
    ...(s.participation.age ?? []).map(
      (p) => [p.participants, d.age(p.key === 'not-stated' ? null : p.key)] as [number | null, number],
    ),
    ...(s.participation.sex ?? []).map(
      (p) => [p.participants, d.sex(p.key === 'not-stated' ? null : p.key)] as [number | null, number],
    ),
    ...s.themes.map((t) => [t.count, d.theme(t.themeKey)] as [number | null, number]),
    ...s.themes.map((t) => [t.previousCount, d.previousTheme(t.themeKey)] as [number | null, number]),
    ...s.themes.map((t) => [t.supports, d.supports(t.themeKey)] as [number | null, number]),
    ...s.wards.map((w) => [w.total, d.ward(w.code)] as [number | null, number]),
    ...s.themeByWard.map((c) => [c.count, d.cell(c.themeKey, c.areaCode)] as [number | null, number]),
    ...s.channels.map((c) => [c.count, d.channel(c.key)] as [number | null, number]),
    ...s.respondentTypes.map((c) => [c.count, d.type(c.key)] as [number | null, number]),
    ...s.timesOfDay.map((c) => [c.count, d.time(c.key)] as [number | null, number]),
  ];
}

describe('buildConsultationSummary', () => {
  it('property: every published count equals the direct count, and none is 1 to 4', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const s = build(rs);
        for (const [shown, truth] of publishedCounts(s, direct(rs))) {
          if (shown === null) continue;
          expect(shown).toBe(truth);
          expect(isSmall(shown)).toBe(false);
        }
      }),
    );
  });

  it('property: grouping priorities before counting changes nothing (totals conserved)', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const one = build(rs);
        const grouped = buildConsultationSummary({ ...base, facts: groupedFacts(rs) });
        expect(grouped).toEqual(one);
      }),
    );
  });

  it('property: totals conserved across areas and themes where all parts are shown', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const s = build(rs);
        const d = direct(rs);
        // The raw table always conserves: every current priority is in exactly one theme and area.
        const cells = THEMES.reduce(
          (sum, t) => sum + [...WARDS.map((w) => w.code), null].reduce((x, w) => x + d.cell(t, w), 0),
          0,
        );
        expect(cells).toBe(d.total);
        const byArea = s.wards.map((w) => w.total);
        if (s.total !== null && byArea.every((n) => n !== null))
          expect(byArea.reduce((a, b) => a! + b!, 0)).toBe(s.total);
        const byTheme = s.themes.map((t) => t.count);
        if (s.total !== null && byTheme.every((n) => n !== null))
          expect(byTheme.reduce((a, b) => a! + b!, 0)).toBe(s.total);
        const byChannel = s.channels.map((c) => c.count);
        if (s.total !== null && byChannel.every((n) => n !== null))
          expect(byChannel.reduce((a, b) => a! + b!, 0)).toBe(s.total);
      }),
    );
  });

  it('property: no hidden count can be worked out from the theme × ward table and its totals', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const s = build(rs);
        const themeKeys = [...new Set(s.themeByWard.map((c) => c.themeKey))];
        const areaCodes = s.wards.map((w) => w.code);
        if (themeKeys.length === 0) return;
        const cell = (t: string, a: string | null) =>
          s.themeByWard.find((c) => c.themeKey === t && c.areaCode === a)!.count;
        const themeTotal = (t: string) => {
          const row = s.themes.find((x) => x.themeKey === t);
          return row ? row.count : 0; // a theme raised only in the comparison period has 0 now
        };
        const leaks = recoverable({
          cells: themeKeys.map((t) => areaCodes.map((a) => cell(t, a))),
          rowTotals: themeKeys.map(themeTotal),
          colTotals: s.wards.map((w) => w.total),
          grand: s.total,
        });
        expect(leaks).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: a line of categories never has exactly one hidden count', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const s = build(rs);
        const lines: [(number | null)[], number | null][] = [
          [s.channels.map((c) => c.count), s.total],
          [s.respondentTypes.map((c) => c.count), s.total],
          [s.themes.map((t) => t.records), s.records],
          ...[s.participation.age, s.participation.sex].map(
            (l) => [(l ?? []).map((p) => p.participants), s.total] as [(number | null)[], number | null],
          ),
        ];
        for (const [line, total] of lines) {
          if (line.length === 0) continue;
          const hidden = line.filter((c) => c === null).length + (total === null ? 1 : 0);
          expect(hidden).not.toBe(1);
        }
      }),
    );
  });

  it('property: who took part (age and sex, with not stated) adds up to everyone counted', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const s = build(rs);
        const d = direct(rs);
        const given = rs.some((r) => r.period === 'current' && (r.age !== null || r.sex !== null));
        expect(s.participation.age !== null).toBe(given);
        for (const line of [s.participation.age, s.participation.sex]) {
          if (!line) continue;
          // The raw line conserves: every resident counted is in one band or not stated.
          const keys = line.map((p) => (p.key === 'not-stated' ? null : p.key));
          const raw = keys.map((k) => (line === s.participation.age ? d.age(k) : d.sex(k)));
          expect(raw.reduce((a, b) => a + b, 0)).toBe(d.total);
          const shown = line.map((p) => p.participants);
          if (s.total !== null && shown.every((n) => n !== null))
            expect(shown.reduce((a, b) => a! + b!, 0)).toBe(s.total);
          // Shares are of those who said, so the stated bands share 100% when all are shown.
          const shares = line.filter((p) => p.key !== 'not-stated').map((p) => p.participantShare);
          if (shares.every((x) => x !== null) && shares.some((x) => x! > 0))
            expect(shares.reduce((a, b) => a! + b!, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });

  it('counts a patrol record for each resident it stands for, and reports the records', () => {
    const rec = (residents: number, age: string | null): Rec => ({
      period: 'current',
      theme: 'local.speeding',
      ward: 'E05000001',
      channel: 'patrol',
      type: 'lives',
      times: [],
      supports: 0,
      residents,
      age,
      sex: null,
    });
    const s = build([rec(6, '25-34'), rec(4, null), ...Array.from({ length: 5 }, () => rec(1, '75+'))]);
    expect(s.total).toBe(15);
    expect(s.records).toBe(7);
    expect(s.themes[0]).toMatchObject({ themeKey: 'local.speeding', count: 15, records: 7 });
    expect(s.channels.find((c) => c.key === 'patrol')?.count).toBe(15);
    // One person answered on the record of 6, so 25-34 holds 1 (suppressed) and the 5 others on
    // it join the 4 not asked: 9 not stated. The next smallest band (75+, 5) is hidden with it.
    const age = Object.fromEntries(s.participation.age!.map((p) => [p.key, p.participants]));
    expect(age).toMatchObject({ '25-34': null, '75+': null, 'not-stated': 9, '16-24': 0 });
    expect(s.method.find((m) => m.heading === 'Counting rules')?.text).toMatch(
      /counts once for each of those residents.*Some patrol records in this period stood for several residents/,
    );
  });

  it('ranks by count with share, Wilson interval and a significant rise flagged', () => {
    const rs: Rec[] = [
      ...Array.from(
        { length: 60 },
        (): Rec => ({
          period: 'current',
          theme: 'local.speeding',
          ward: 'E05000001',
          channel: 'online',
          type: 'lives',
          times: ['evening'],
          supports: 1,
          ...ONE,
        }),
      ),
      ...Array.from(
        { length: 40 },
        (): Rec => ({
          period: 'current',
          theme: 'local.parking',
          ward: 'E05000002',
          channel: 'patrol',
          type: 'works',
          times: [],
          supports: 0,
          ...ONE,
        }),
      ),
      ...Array.from(
        { length: 30 },
        (): Rec => ({
          period: 'previous',
          theme: 'local.speeding',
          ward: 'E05000001',
          channel: 'online',
          type: 'lives',
          times: [],
          supports: 0,
          ...ONE,
        }),
      ),
      ...Array.from(
        { length: 70 },
        (): Rec => ({
          period: 'previous',
          theme: 'local.parking',
          ward: 'E05000002',
          channel: 'online',
          type: 'lives',
          times: [],
          supports: 0,
          ...ONE,
        }),
      ),
    ];
    const s = build(rs);
    expect(s.total).toBe(100);
    expect(s.themes.map((t) => [t.rank, t.themeKey, t.count, t.previousCount])).toEqual([
      [1, 'local.speeding', 60, 30],
      [2, 'local.parking', 40, 70],
    ]);
    const speeding = s.themes[0]!;
    expect(speeding.share).toBe(0.6);
    expect(speeding.interval!.low).toBeCloseTo(0.502, 3);
    expect(speeding.interval!.high).toBeCloseTo(0.691, 3);
    expect(speeding.change).toMatchObject({ direction: 'up', significant: true });
    expect(speeding.change!.points).toBeCloseTo(30, 6);
    expect(s.bySupport).toEqual(['local.speeding']);
    expect(s.wards.find((w) => w.code === 'E05000001')!.topThemes).toEqual([
      { themeKey: 'local.speeding', themeLabel: 'Speeding', count: 60 },
    ]);
    expect(s.method.map((m) => m.text).join(' ')).toContain('two-proportion z-test');
  });

  it('says who took part cannot be compared when no equality data was given', () => {
    const s = build([]);
    expect(s.participation.age).toBeNull();
    expect(s.participation.caveat).toMatch(/cannot say whether those who took part reflect/);
    expect(s.total).toBe(0);
    expect(s.caveats.join(' ')).toMatch(/Fewer than 100/);
  });
});

describe('secondary suppression keeps headline figures', () => {
  it('protects a small theme with the next smallest total, never a leading theme', async () => {
    const { sampleSummaryInput } = await import('./support/sample-summary');
    const s = buildConsultationSummary(sampleSummaryInput());
    const count = (k: string) => s.themes.find((t) => t.themeKey === k)?.count;
    expect(count('local.speeding')).toBe(60);
    expect(count('local.parking')).toBe(30);
    expect(count('local.graffiti')).toBeNull();
    expect(s.total).toBe(122);
  });
});

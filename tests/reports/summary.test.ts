// The pure summary builder: ranking, shares, ward counts, tie-breaking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSummary, type ThemeWardCount } from '../../src/reports/summary';

const base = { cspCode: 'E22000321', cspName: 'Rugby', from: '2026-04-01', to: '2027-03-31' };
const row = (themeKey: string, wardCode: string | null, count: number): ThemeWardCount => ({
  themeKey,
  wardCode,
  wardName: wardCode ? `Ward ${wardCode}` : null,
  count,
});

describe('buildSummary', () => {
  it.each([
    {
      name: 'no rows → empty summary',
      rows: [],
      ranking: [],
      total: 0,
    },
    {
      name: 'themes ranked by count across wards',
      rows: [
        row('local.parking', 'E05000001', 1),
        row('local.speeding', 'E05000001', 2),
        row('local.speeding', 'E05000002', 1),
      ],
      ranking: [
        ['local.speeding', 3],
        ['local.parking', 1],
      ],
      total: 4,
    },
    {
      name: 'ties broken by theme key',
      rows: [
        row('local.speeding', null, 2),
        row('local.fly-tipping', 'E05000001', 2),
        row('asb.personal', null, 1),
      ],
      ranking: [
        ['local.fly-tipping', 2],
        ['local.speeding', 2],
        ['asb.personal', 1],
      ],
      total: 5,
    },
    {
      name: 'zero counts ignored',
      rows: [row('local.noise', 'E05000001', 0), row('local.litter', 'E05000001', 1)],
      ranking: [['local.litter', 1]],
      total: 1,
    },
  ])('$name', ({ rows, ranking, total }) => {
    const s = buildSummary({ ...base, rows });
    expect(s.total).toBe(total);
    expect(s.themes.map((t) => [t.themeKey, t.count])).toEqual(ranking);
    expect(s.themes.map((t) => t.rank)).toEqual(ranking.map((_, i) => i + 1));
  });

  it('labels themes from the taxonomy and keeps unknown keys readable', () => {
    const s = buildSummary({
      ...base,
      rows: [row('local.speeding', null, 1), row('retired.theme', null, 1)],
    });
    expect(s.themes.find((t) => t.themeKey === 'local.speeding')!.themeLabel).toBe('Speeding');
    expect(s.themes.find((t) => t.themeKey === 'retired.theme')!.themeLabel).toBe('retired.theme');
  });

  it('orders wards by count, with the unassigned bucket after real wards on a tie', () => {
    const s = buildSummary({
      ...base,
      rows: [
        row('local.speeding', null, 2),
        row('local.speeding', 'E05000002', 2),
        row('local.speeding', 'E05000001', 3),
      ],
    });
    expect(s.themes[0]!.wards.map((w) => [w.wardCode, w.count])).toEqual([
      ['E05000001', 3],
      ['E05000002', 2],
      [null, 2],
    ]);
    expect(s.themes[0]!.wards[0]!.wardName).toBe('Ward E05000001');
  });

  const rowsArb = fc.array(
    fc.record({
      themeKey: fc.constantFrom(
        'local.speeding',
        'local.parking',
        'asb.personal',
        'crime.burglary',
        'x.unknown',
      ),
      wardCode: fc.option(fc.constantFrom('E05000001', 'E05000002', 'E05000003'), { nil: null }),
      count: fc.integer({ min: 0, max: 1000 }),
    }),
    { maxLength: 40 },
  );

  it('property: ward counts sum to the theme count, shares to 1, ranks are 1..n by count', () => {
    fc.assert(
      fc.property(rowsArb, (raw) => {
        const rows = raw.map((r) => ({ ...r, wardName: r.wardCode }));
        const s = buildSummary({ ...base, rows });
        const expectedTotal = rows.reduce((sum, r) => sum + r.count, 0);
        expect(s.total).toBe(expectedTotal);
        for (const t of s.themes) expect(t.wards.reduce((sum, w) => sum + w.count, 0)).toBe(t.count);
        if (s.total > 0) expect(s.themes.reduce((sum, t) => sum + t.share, 0)).toBeCloseTo(1, 9);
        expect(s.themes.map((t) => t.rank)).toEqual(s.themes.map((_, i) => i + 1));
        for (let i = 1; i < s.themes.length; i++) {
          const [prev, cur] = [s.themes[i - 1]!, s.themes[i]!];
          expect(prev.count > cur.count || (prev.count === cur.count && prev.themeKey < cur.themeKey)).toBe(
            true,
          );
        }
      }),
    );
  });
});

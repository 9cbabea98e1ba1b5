// Turns (theme, ward) count rows into the ranked consultation summary. Pure: rows in, summary out.
import type { ConsultationSummary, ThemeRank, WardCount } from '../domain/summary';
import { themeLabel } from '../domain/taxonomy/themes';

export interface ThemeWardCount {
  readonly themeKey: string;
  /** null: not in any ward we hold (outside the area, or only a district was known). */
  readonly wardCode: string | null;
  readonly wardName: string | null;
  readonly count: number;
}

export interface SummaryInput {
  readonly cspCode: string;
  readonly cspName: string;
  readonly from: string;
  readonly to: string;
  readonly rows: readonly ThemeWardCount[];
  readonly labelOf?: (themeKey: string) => string;
}

// Wards by count, then code; the unassigned bucket last so it never hides a real ward.
function byWard(a: WardCount, b: WardCount): number {
  if (b.count !== a.count) return b.count - a.count;
  if (a.wardCode === null) return b.wardCode === null ? 0 : 1;
  if (b.wardCode === null) return -1;
  return a.wardCode.localeCompare(b.wardCode);
}

export function buildSummary(input: SummaryInput): ConsultationSummary {
  const labelOf = input.labelOf ?? themeLabel;
  const themes = new Map<string, Map<string | null, WardCount>>();
  for (const row of input.rows) {
    if (row.count <= 0) continue;
    const wards = themes.get(row.themeKey) ?? new Map<string | null, WardCount>();
    const prev = wards.get(row.wardCode);
    wards.set(row.wardCode, {
      wardCode: row.wardCode,
      wardName: row.wardName ?? prev?.wardName ?? null,
      count: (prev?.count ?? 0) + row.count,
    });
    themes.set(row.themeKey, wards);
  }
  const totals = [...themes].map(([themeKey, wards]) => ({
    themeKey,
    wards: [...wards.values()].sort(byWard),
    count: [...wards.values()].reduce((s, w) => s + w.count, 0),
  }));
  const total = totals.reduce((s, t) => s + t.count, 0);
  // Ties are broken by theme key so the same data always gives the same ranking.
  totals.sort(
    (a, b) => b.count - a.count || (a.themeKey < b.themeKey ? -1 : a.themeKey > b.themeKey ? 1 : 0),
  );
  const ranked: ThemeRank[] = totals.map((t, i) => ({
    rank: i + 1,
    themeKey: t.themeKey,
    themeLabel: labelOf(t.themeKey),
    count: t.count,
    share: total > 0 ? t.count / total : 0,
    wards: t.wards,
  }));
  return {
    cspCode: input.cspCode,
    cspName: input.cspName,
    from: input.from,
    to: input.to,
    total,
    themes: ranked,
  };
}

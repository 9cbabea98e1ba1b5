// JSON for Power BI and other BI tools: flat tables of records (Power Query expands a list of
// records straight into a table), one table per section, plus the method note.
import type { ConsultationSummary } from '../../domain/summary';

export function summaryToPowerBi(s: ConsultationSummary): object {
  const csps = s.csps.map((c) => c.code).join(';');
  const meta = { csps, periodFrom: s.period.from, periodTo: s.period.to };
  return {
    about: {
      title: s.title,
      ...meta,
      comparisonFrom: s.comparison.from,
      comparisonTo: s.comparison.to,
      generatedAt: s.generatedAt,
      boundaryVintage: s.boundaryVintage,
      total: s.total,
      records: s.records,
      comparisonTotal: s.previousTotal,
      supportsTotal: s.supportsTotal,
      suppression: 'null means suppressed: fewer than 5, or hidden so a small count cannot be worked out',
    },
    themes: s.themes.map((t) => ({
      ...meta,
      rank: t.rank,
      themeKey: t.themeKey,
      theme: t.themeLabel,
      sensitive: t.sensitive,
      priorities: t.count,
      records: t.records,
      share: t.share,
      shareLow95: t.interval?.low ?? null,
      shareHigh95: t.interval?.high ?? null,
      supports: t.supports,
      supportRank: t.supportRank,
      comparisonPriorities: t.previousCount,
      comparisonShare: t.previousShare,
      changePoints: t.change?.points ?? null,
      changePValue: t.change?.p ?? null,
      changeSignificant: t.change?.significant ?? null,
    })),
    areas: [
      ...s.wards.map((a) => ({ level: 'ward', ...a })),
      ...(s.neighbourhoods ?? []).map((a) => ({ level: 'neighbourhood', ...a })),
    ].map(({ topThemes, ...a }) => ({
      ...meta,
      level: a.level,
      areaCode: a.code,
      area: a.name,
      priorities: a.total,
      residents: a.residents,
      ratePer1000: a.ratePer1000,
      shareOfPriorities: a.share,
      shareOfResidents: a.residentShare,
      topTheme: topThemes[0]?.themeLabel ?? null,
    })),
    themeByArea: [
      ...s.themeByWard.map((c) => ({ level: 'ward', ...c })),
      ...(s.themeByNeighbourhood ?? []).map((c) => ({ level: 'neighbourhood', ...c })),
    ]
      .filter((c) => c.count !== 0)
      .map((c) => ({
        ...meta,
        level: c.level,
        areaCode: c.areaCode,
        themeKey: c.themeKey,
        priorities: c.count,
      })),
    categories: [
      ...s.channels.map((c) => ({ dimension: 'channel', ...c })),
      ...s.respondentTypes.map((c) => ({ dimension: 'respondent type', ...c })),
      ...s.timesOfDay.map((c) => ({ dimension: 'time of day', ...c })),
      ...s.days.map((c) => ({ dimension: 'day of week', ...c })),
    ].map((c) => ({
      ...meta,
      dimension: c.dimension,
      key: c.key,
      category: c.label,
      priorities: c.count,
      share: c.share,
    })),
    participants: [
      ...(s.participation.age ?? []).map((p) => ({ dimension: 'age', ...p })),
      ...(s.participation.sex ?? []).map((p) => ({ dimension: 'sex', ...p })),
    ].map((p) => ({ ...meta, ...p })),
    agreedPriorities: (s.agreedPriorities ?? []).map((a) => ({ ...meta, ...a })),
    method: s.method.map((m) => ({ heading: m.heading, text: m.text })),
    caveats: s.caveats,
    attribution: s.attribution,
  };
}

// The shape of a consultation summary: themes ranked by priorities raised, with ward counts.
export interface WardCount {
  readonly wardCode: string | null;
  readonly wardName: string | null;
  readonly count: number;
}

export interface ThemeRank {
  readonly rank: number;
  readonly themeKey: string;
  readonly themeLabel: string;
  readonly count: number;
  /** Share of all priorities in the period, 0..1. */
  readonly share: number;
  readonly wards: readonly WardCount[];
}

export interface ConsultationSummary {
  readonly cspCode: string;
  readonly cspName: string;
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly themes: readonly ThemeRank[];
}

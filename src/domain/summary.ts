// The consultation summary: the "what residents want prioritised" section of a CSP's strategic
// assessment, as every export format and the officer screen read it. Counts are `Count`:
// null where suppressed (fewer than 5, or hidden so that a small count cannot be worked out).
export type Count = number | null;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export interface Period {
  /** Inclusive dates, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
}

export interface ThemeChange {
  readonly direction: 'up' | 'down' | 'same';
  /** Change in share, in percentage points. */
  readonly points: number;
  readonly z: number;
  readonly p: number;
  readonly significant: boolean;
}

export interface ThemeRow {
  /** Rank by priorities raised among published counts; null when suppressed. */
  readonly rank: number | null;
  readonly themeKey: string;
  readonly themeLabel: string;
  readonly sensitive: boolean;
  /** Residents who raised it: a patrol record counts its resident_count, any other record 1. */
  readonly count: Count;
  /** Records those residents came from (equal to count unless patrol records named several). */
  readonly records: Count;
  /** Share of all priorities in the period (0..1), with its 95% Wilson interval. */
  readonly share: number | null;
  readonly interval: Interval | null;
  /** "Me too" supports on this theme's priorities. */
  readonly supports: Count;
  readonly supportRank: number | null;
  readonly supportShare: number | null;
  readonly supportInterval: Interval | null;
  readonly previousCount: Count;
  readonly previousShare: number | null;
  /** null when either period's count is suppressed or there is nothing to compare. */
  readonly change: ThemeChange | null;
}

export interface AreaTheme {
  readonly themeKey: string;
  readonly themeLabel: string;
  readonly count: number;
}

export interface AreaRow {
  /** null: the "not in a ward/neighbourhood" bucket. */
  readonly code: string | null;
  readonly name: string;
  readonly total: Count;
  readonly residents: number | null;
  readonly ratePer1000: number | null;
  /** Share of all priorities placed in an area, against this area's share of residents. */
  readonly share: number | null;
  readonly residentShare: number | null;
  /** Up to three themes with published counts, largest first. */
  readonly topThemes: readonly AreaTheme[];
}

/** One published cell of a theme × area table. */
export interface ThemeAreaCell {
  readonly themeKey: string;
  readonly areaCode: string | null;
  readonly count: Count;
}

export interface CategoryRow {
  readonly key: string;
  readonly label: string;
  readonly count: Count;
  readonly share: number | null;
}

export interface ProfileRow {
  readonly key: string;
  readonly label: string;
  readonly participants: Count;
  readonly participantShare: number | null;
  readonly residentShare: number | null;
}

export interface Participation {
  /**
   * Age bands of those who took part (consented equality data) against residents, ending with a
   * "not-stated" row, so the rows sum to the total; null when no one gave equality data.
   */
  readonly age: readonly ProfileRow[] | null;
  readonly sex: readonly ProfileRow[] | null;
  readonly caveat: string;
}

export interface Quote {
  readonly themeKey: string;
  readonly themeLabel: string;
  readonly text: string;
  readonly areaName: string | null;
  /** YYYY-MM: the month, never the exact day. */
  readonly month: string;
}

export interface AgreedPriority {
  readonly meetingDate: string;
  readonly areaName: string;
  readonly issue: string;
  readonly action: string | null;
  readonly actionDate: string | null;
}

export interface MethodSection {
  readonly heading: string;
  readonly text: string;
}

/**
 * The officer's preview (staff only): the summary as it will be published, and `actual`, the same
 * built with nothing hidden, so each cell publication hides can be shown with its real count.
 */
export interface StaffSummaryPreview extends ConsultationSummary {
  readonly actual: ConsultationSummary;
}

export interface ConsultationSummary {
  readonly title: string;
  readonly csps: readonly { code: string; name: string }[];
  readonly period: Period;
  readonly comparison: Period;
  readonly generatedAt: string;
  readonly boundaryVintage: string;
  /** Residents raising priorities in the period (see ThemeRow.count). */
  readonly total: Count;
  /** Records they came from. */
  readonly records: Count;
  readonly previousTotal: Count;
  readonly supportsTotal: Count;
  /** Ranked by priorities raised: published ranks first, then suppressed themes by name. */
  readonly themes: readonly ThemeRow[];
  /** Theme keys ranked by support (published only). */
  readonly bySupport: readonly string[];
  readonly wards: readonly AreaRow[];
  readonly themeByWard: readonly ThemeAreaCell[];
  /** null when no priority in the period has a police neighbourhood. */
  readonly neighbourhoods: readonly AreaRow[] | null;
  readonly themeByNeighbourhood: readonly ThemeAreaCell[] | null;
  readonly channels: readonly CategoryRow[];
  readonly respondentTypes: readonly CategoryRow[];
  /** Multi-choice: a priority can name several times or none, so these do not sum to the total. */
  readonly timesOfDay: readonly CategoryRow[];
  readonly days: readonly CategoryRow[];
  readonly participation: Participation;
  readonly quotes: readonly Quote[];
  /** null when no meetings were held in the period. */
  readonly agreedPriorities: readonly AgreedPriority[] | null;
  readonly method: readonly MethodSection[];
  readonly caveats: readonly string[];
  readonly attribution: readonly string[];
  /** Whether ward population figures were supplied (rates per 1,000 residents). */
  readonly hasPopulation: boolean;
}

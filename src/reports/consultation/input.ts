// What the consultation summary is built from: counted groups of priorities (the store groups
// them), areas, optional population, quote candidates and meetings. Rows in, summary out.
import type { Period } from '../../domain/summary';
import type { RawCounts } from './aggregate';

/** A group of identical priorities (or one priority, count 1). */
export interface PriorityFact {
  readonly period: 'current' | 'previous';
  readonly themeKey: string;
  /** null: placed in no ward we hold (outside the area, or only a district was known). */
  readonly wardCode: string | null;
  /** Police neighbourhood, when boundaries for them are loaded. */
  readonly neighbourhoodCode?: string | null;
  readonly channel: string;
  readonly respondentType: string;
  readonly timesOfDay: readonly string[];
  readonly days: readonly string[];
  /** Consented equality data (survey age band, sex) of the one person on each record who gave it. */
  readonly ageBand?: string | null;
  readonly sex?: string | null;
  /** Residents raising it: a patrol record can stand for several residents (resident_count). */
  readonly count: number;
  /** Records these residents came from; defaults to `count` (one record, one resident). */
  readonly records?: number;
  /** "Me too" supports on these priorities (0 when none or when supports are not recorded). */
  readonly supports: number;
}

export interface AreaRef {
  readonly code: string;
  readonly name: string;
  /** For wards, the district they are in (to find district-level population). */
  readonly parentCode?: string | null;
}

export interface Population {
  /** All-ages residents per ward. */
  readonly wardTotals: ReadonlyMap<string, number>;
  /** Residents per ward per source age band (e.g. "20-24"), with the band's lowest age. */
  readonly wardAges: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Residents per district per sex ("female" / "male"). */
  readonly districtSex: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Describes the figures for the method note, e.g. "ONS mid-2020 ward estimates". */
  readonly description: string;
}

/** A published, moderated priority that may be quoted. */
export interface QuoteCandidate {
  readonly themeKey: string;
  readonly description: string;
  readonly wardCode: string | null;
  readonly createdAt: string;
  /** Officer-set flag; sensitive themes are excluded whatever it says. */
  readonly sensitive: boolean;
  /** The store flagged personal details in the text when it arrived. */
  readonly personalDetails?: boolean;
  readonly status: string;
}

export interface MeetingAgreed {
  readonly meetingDate: string;
  readonly areaName: string;
  readonly issue: string;
  readonly action: string | null;
  readonly actionDate: string | null;
}

export interface SummaryInput {
  readonly csps: readonly { code: string; name: string }[];
  /**
   * The smallest count published (default MIN_PUBLISHED, with secondary suppression). 1 builds
   * the officer's preview of the real counts: never for a file or a public answer.
   */
  readonly minPublished?: number;
  readonly period: Period;
  readonly comparison: Period;
  /** Counted groups of priorities; or, already added up (the store aggregates in SQL), `counts`. */
  readonly facts?: readonly PriorityFact[];
  readonly counts?: RawCounts;
  readonly wards: readonly AreaRef[];
  readonly neighbourhoods?: readonly AreaRef[];
  readonly boundaryVintage: string;
  readonly population?: Population;
  readonly quoteCandidates?: readonly QuoteCandidate[];
  /** Omit when meetings are not recorded; [] when none were held in the period. */
  readonly meetings?: readonly MeetingAgreed[];
  /** Whether "me too" supports are recorded by this store (else support columns read 0 and say so). */
  readonly supportsRecorded: boolean;
  readonly generatedAt: string;
  readonly labelOf?: (themeKey: string) => string;
}

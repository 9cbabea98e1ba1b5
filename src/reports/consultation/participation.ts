// Who took part against who lives there: age band and sex of those who gave consented
// equality data, beside the resident population of the same wards and districts.
import { AGE_BAND_RANGES, AGE_BANDS, SEXES } from '../../domain/equality';
import type { Participation, ProfileRow } from '../../domain/summary';
import { MIN_PUBLISHED, suppressLine } from '../suppression';
import { NO_AREA, type RawCounts } from './aggregate';
import type { AreaRef, Population } from './input';

/** Survey age bands as the equality questions ask them; the ONS ward bands combine into these exactly. */
export const SURVEY_AGE_BANDS = AGE_BANDS.map((key) => {
  const [min, max] = AGE_BAND_RANGES[key];
  const label = max === null ? `${min} and over` : min === 0 ? `Under ${max + 1}` : `${min} to ${max}`;
  return { key, label, min };
});

export const SEX_ROWS = SEXES.map((key) => ({ key, label: key === 'female' ? 'Female' : 'Male' }));

/** The last row of each profile: no answer, "prefer not to say", or residents on a patrol record who were not asked. */
export const NOT_STATED = { key: 'not-stated', label: 'Not stated' } as const;

function surveyBandOf(age: number): string {
  let key: string = SURVEY_AGE_BANDS[0]!.key;
  for (const b of SURVEY_AGE_BANDS) if (age >= b.min) key = b.key;
  return key;
}

function residentAgeShares(wards: readonly AreaRef[], population?: Population): Map<string, number> | null {
  if (!population) return null;
  const byBand = new Map<string, number>();
  let all = 0;
  for (const w of wards)
    for (const [min, n] of population.wardAges.get(w.code) ?? []) {
      const k = surveyBandOf(min);
      byBand.set(k, (byBand.get(k) ?? 0) + n);
      all += n;
    }
  if (all === 0) return null;
  return new Map([...byBand].map(([k, n]) => [k, n / all]));
}

function residentSexShares(wards: readonly AreaRef[], population?: Population): Map<string, number> | null {
  if (!population) return null;
  const districts = new Set(wards.map((w) => w.parentCode).filter((d): d is string => !!d));
  const bySex = new Map<string, number>();
  let all = 0;
  for (const d of districts)
    for (const key of SEXES) {
      const n = population.districtSex.get(d)?.get(key) ?? 0;
      bySex.set(key, (bySex.get(key) ?? 0) + n);
      all += n;
    }
  if (all === 0) return null;
  return new Map([...bySex].map(([k, n]) => [k, n / all]));
}

/**
 * One line of those who took part, summing to the total: the bands, then "not stated". Suppressed
 * as a line tied to the grand total, so a hidden band cannot be worked out by subtraction.
 */
function profile(
  bands: readonly { key: string; label: string }[],
  counts: ReadonlyMap<string, number>,
  grandHidden: boolean,
  residents: Map<string, number> | null,
  min: number,
): ProfileRow[] {
  const values = [...bands.map((b) => counts.get(b.key) ?? 0), counts.get(NO_AREA) ?? 0];
  // "Prefer not to say" and anything outside the known bands are not stated rather than dropped.
  const known = new Set(bands.map((b) => b.key));
  for (const [k, n] of counts) if (k !== NO_AREA && !known.has(k)) values[values.length - 1]! += n;
  const mask = suppressLine(values, grandHidden, [], min);
  const notStatedHidden = mask.cells[values.length - 1]!;
  const stated = values.slice(0, -1).reduce((s, n) => s + n, 0);
  const rows = bands.map((b, i) => {
    const participants = mask.cells[i] ? null : values[i]!;
    return {
      key: b.key,
      label: b.label,
      participants,
      // The stated total is only derivable when "not stated" and the grand total are published.
      participantShare:
        participants !== null && !notStatedHidden && !grandHidden && stated > 0
          ? participants / stated
          : null,
      residentShare: residents?.get(b.key) ?? null,
    };
  });
  const notStated = notStatedHidden ? null : values[values.length - 1]!;
  return [...rows, { ...NOT_STATED, participants: notStated, participantShare: null, residentShare: null }];
}

export function participation(
  raw: RawCounts,
  grandHidden: boolean,
  wards: readonly AreaRef[],
  population?: Population,
  min = MIN_PUBLISHED,
): Participation {
  const ageResidents = residentAgeShares(wards, population);
  const sexResidents = residentSexShares(wards, population);
  if (!raw.hasEquality) {
    return {
      age: null,
      sex: null,
      caveat:
        'No one who raised a priority in this period gave their age or sex (this is optional and asked only with consent), ' +
        'so we cannot say whether those who took part reflect the people who live here. ' +
        'Public meetings and online consultation tend to hear most from older residents and home owners; ' +
        'read the ward rates per 1,000 residents for where voices are missing.',
    };
  }
  return {
    age: profile(SURVEY_AGE_BANDS, raw.ages, grandHidden, ageResidents, min),
    sex: profile(SEX_ROWS, raw.sexes, grandHidden, sexResidents, min),
    caveat:
      'Age and sex are given by choice, so they describe only those who chose to say. ' +
      'Where a group’s share of those who took part is well below its share of residents, its views are under-represented ' +
      'and the ranking may not reflect what that group would prioritise. ' +
      (sexResidents
        ? 'Residents by sex are Census 2021 figures for whole districts; there is no ward-level split. '
        : '') +
      (ageResidents ? 'Residents by age are ONS mid-year estimates by ward.' : ''),
  };
}

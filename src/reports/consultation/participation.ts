// Who took part against who lives there: age band and sex of those who gave consented
// equality data, beside the resident population of the same wards and districts.
import type { Count, Participation, ProfileRow } from '../../domain/summary';
import { suppressLine } from '../suppression';
import { NO_AREA, type RawCounts } from './aggregate';
import type { AreaRef, Population } from './input';

/** Survey age bands (lowest age, label); the ONS ward bands combine into these exactly. */
export const SURVEY_AGE_BANDS = [
  { key: 'under-16', label: 'Under 16', min: 0 },
  { key: '16-24', label: '16 to 24', min: 16 },
  { key: '25-34', label: '25 to 34', min: 25 },
  { key: '35-44', label: '35 to 44', min: 35 },
  { key: '45-54', label: '45 to 54', min: 45 },
  { key: '55-64', label: '55 to 64', min: 55 },
  { key: '65-74', label: '65 to 74', min: 65 },
  { key: '75-plus', label: '75 and over', min: 75 },
] as const;

export const SEXES = [
  { key: 'female', label: 'Female' },
  { key: 'male', label: 'Male' },
] as const;

function surveyBandOf(age: number): string {
  let key: string = SURVEY_AGE_BANDS[0].key;
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
    for (const s of SEXES) {
      const n = population.districtSex.get(d)?.get(s.key) ?? 0;
      bySex.set(s.key, (bySex.get(s.key) ?? 0) + n);
      all += n;
    }
  if (all === 0) return null;
  return new Map([...bySex].map(([k, n]) => [k, n / all]));
}

function profile(
  bands: readonly { key: string; label: string }[],
  counts: ReadonlyMap<string, number>,
  grandHidden: boolean,
  residents: Map<string, number> | null,
): { rows: ProfileRow[]; notStated: Count } {
  const values = [...bands.map((b) => counts.get(b.key) ?? 0), counts.get(NO_AREA) ?? 0];
  // Anything outside the known bands is reported as not stated rather than dropped.
  const known = new Set(bands.map((b) => b.key));
  for (const [k, n] of counts) if (k !== NO_AREA && !known.has(k)) values[values.length - 1]! += n;
  const mask = suppressLine(values, grandHidden);
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
  return { rows, notStated: notStatedHidden ? null : values[values.length - 1]! };
}

export function participation(
  raw: RawCounts,
  grandHidden: boolean,
  wards: readonly AreaRef[],
  population?: Population,
): Participation {
  const ageResidents = residentAgeShares(wards, population);
  const sexResidents = residentSexShares(wards, population);
  if (!raw.hasEquality) {
    return {
      age: null,
      sex: null,
      ageNotStated: null,
      sexNotStated: null,
      caveat:
        'No one who raised a priority in this period gave their age or sex (this is optional and asked only with consent), ' +
        'so we cannot say whether those who took part reflect the people who live here. ' +
        'Public meetings and online consultation tend to hear most from older residents and home owners; ' +
        'read the ward rates per 1,000 residents for where voices are missing.',
    };
  }
  const age = profile(SURVEY_AGE_BANDS, raw.ages, grandHidden, ageResidents);
  const sex = profile(SEXES, raw.sexes, grandHidden, sexResidents);
  return {
    age: age.rows,
    sex: sex.rows,
    ageNotStated: age.notStated,
    sexNotStated: sex.notStated,
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

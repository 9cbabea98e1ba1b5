// Equality answers: consent required, ONS-style categories, and age bands that the ward
// population files combine into exactly (so respondents can be compared with residents).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGE_BAND_RANGES, AGE_BANDS, EqualitySchema } from '../../src/domain/equality';
import { PrioritySchema } from '../../src/domain/priority';
import { check } from '../../src/domain/validation';
import { SHARED_DATA } from '../support/shared-data';
import { samplePriority } from './fixtures';

const POPULATION = `${SHARED_DATA}population/warwickshire_ward_population_mid2020_by_age.csv`;

describe('equality answers', () => {
  it('need consent; every question may be skipped or answered "prefer not to say"', () => {
    expect(check(EqualitySchema, { consent: true }).ok).toBe(true);
    expect(check(EqualitySchema, { consent: true, sex: 'prefer-not-to-say', ageBand: '75+' }).ok).toBe(true);
    expect(check(EqualitySchema, { ageBand: '16-24' })).toMatchObject({
      ok: false,
      issues: [{ path: 'consent' }],
    });
    expect(check(EqualitySchema, { consent: true, ethnicity: 'martian' })).toMatchObject({
      ok: false,
      issues: [{ path: 'ethnicity', message: expect.stringContaining('ethnicity must be one of asian') }],
    });
  });

  it('travel with a priority, next to a patrol resident count of 1 to 50', () => {
    const withAnswers = samplePriority({ equality: { consent: true, disability: 'not-limited' } });
    expect(check(PrioritySchema, withAnswers).ok).toBe(true);
    expect(check(PrioritySchema, samplePriority({ residentCount: 50 })).ok).toBe(true);
    expect(check(PrioritySchema, samplePriority({ residentCount: 0 }))).toMatchObject({
      ok: false,
      issues: [{ path: 'residentCount', message: 'resident count must be at least 1' }],
    });
  });

  it('use age bands that are exact unions of the ward population bands, covering every age once', () => {
    const csv = readFileSync(POPULATION, 'utf8').trim().split('\n');
    expect(csv[0]!.endsWith('age_min,age_max,population')).toBe(true);
    // Counted from the end: ward names may hold quoted commas.
    const bands = new Set(
      csv.slice(1).map((line) => {
        const cells = line.split(',');
        return `${cells.at(-3)}-${cells.at(-2) || 'up'}`;
      }),
    );
    const starts = new Set([...bands].map((b) => Number(b.split('-')[0])));
    const ends = new Set([...bands].map((b) => b.split('-')[1]));
    let next = 0;
    for (const band of AGE_BANDS) {
      const [from, to] = AGE_BAND_RANGES[band];
      expect(from).toBe(next);
      expect(starts.has(from)).toBe(true);
      expect(ends.has(to === null ? 'up' : String(to))).toBe(true);
      next = (to ?? 200) + 1;
    }
    expect(next).toBe(201);
  });
});

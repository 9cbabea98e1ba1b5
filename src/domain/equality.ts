// Optional equality-monitoring answers: asked only after explicit consent, every question
// skippable, never shown publicly. Categories follow ONS Census 2021 questions; age bands are
// the survey groups the ward population files combine into (see `../shared/data/population`
// beside the repository), so respondents can be compared with residents.
import * as v from 'valibot';

export const AGE_BANDS = ['under-16', '16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;
/** Census 2021 "What is your sex?" */
export const SEXES = ['female', 'male'] as const;
/** Census 2021: day-to-day activities limited by a long-term health problem or disability. */
export const DISABILITY = ['limited-a-lot', 'limited-a-little', 'not-limited'] as const;
/** Census 2021 high-level ethnic groups (England and Wales). */
export const ETHNIC_GROUPS = ['asian', 'black', 'mixed', 'white', 'other'] as const;
/** Any question may be answered "prefer not to say", which is different from not asked. */
export const PREFER_NOT = 'prefer-not-to-say';

export type AgeBand = (typeof AGE_BANDS)[number];

const answer = <T extends readonly string[]>(values: T, name: string) =>
  v.optional(
    v.picklist([...values, PREFER_NOT], `${name} must be one of ${[...values, PREFER_NOT].join(', ')}`),
  );

export const EqualitySchema = v.strictObject({
  /** Present only when the person agreed to answer; the answers alone never imply consent. */
  consent: v.literal(true, 'equality answers need the person’s consent'),
  ageBand: answer(AGE_BANDS, 'age band'),
  sex: answer(SEXES, 'sex'),
  disability: answer(DISABILITY, 'disability'),
  ethnicity: answer(ETHNIC_GROUPS, 'ethnicity'),
});

export type Equality = v.InferOutput<typeof EqualitySchema>;

/** Age band → [min, max] age (max null = no upper bound), to sum ward population bands. */
export const AGE_BAND_RANGES: Record<AgeBand, readonly [number, number | null]> = {
  'under-16': [0, 15],
  '16-24': [16, 24],
  '25-34': [25, 34],
  '35-44': [35, 44],
  '45-54': [45, 54],
  '55-64': [55, 64],
  '65-74': [65, 74],
  '75+': [75, null],
};

// The method note and caveats that travel with every export: what was counted and how.
import type { MethodSection, Period } from '../../domain/summary';
import { MIN_PUBLISHED } from '../suppression';

export const OGL_ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0.';
export const BOUNDARY_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2024.';
export const POPULATION_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains public sector information licensed under the Open Government Licence v3.0.';

export interface MethodFacts {
  readonly csps: readonly { code: string; name: string }[];
  readonly period: Period;
  readonly comparison: Period;
  readonly boundaryVintage: string;
  readonly populationDescription: string | null;
  readonly supportsRecorded: boolean;
  readonly meetingsRecorded: boolean;
  readonly hasNeighbourhoods: boolean;
  /** Some patrol record in the period stood for more than one resident. */
  readonly multiResidentRecords: boolean;
}

export function methodNote(f: MethodFacts): MethodSection[] {
  const areas = f.csps.map((c) => `${c.name} (${c.code})`).join(', ');
  return [
    {
      heading: 'Sources',
      text:
        `Priorities recorded in the neighbourhood priorities app for ${areas}: raised online by residents, ` +
        'at PACT and NAG meetings, by officers and PCSOs on patrol on a resident’s behalf, and from survey and paper responses imported into the store. ' +
        (f.supportsRecorded
          ? '“Me too” supports are counted where residents backed a priority already raised (one per person per priority).'
          : '“Me too” supports are not yet recorded separately in this store: the duplicates moderators merged into a priority count as its support.'),
    },
    {
      heading: 'Period',
      text:
        `Priorities created from ${f.period.from} to ${f.period.to} inclusive, compared with ${f.comparison.from} to ${f.comparison.to}. ` +
        'Dates are the date each priority was recorded on the device.',
    },
    {
      heading: 'Boundaries',
      text:
        `Each priority is counted in the ward its place falls in, using ward boundaries of vintage ${f.boundaryVintage}; a priority given only as an area is counted in that area. ` +
        'A priority placed outside every ward of the area is shown as “not in a ward”. ' +
        (f.hasNeighbourhoods
          ? 'Police neighbourhoods are counted the same way.'
          : 'No police neighbourhood boundaries were loaded for this period, so there is no neighbourhood table.'),
    },
    {
      heading: 'Counting rules',
      text:
        'One priority is one thing one person said should be prioritised. When an officer or PCSO on patrol records that several residents in one conversation raised the same thing, ' +
        'that record counts once for each of those residents (its resident count) in every table, and the number of records is given beside the theme counts. ' +
        (f.multiResidentRecords
          ? 'Some patrol records in this period stood for several residents, so residents raising a theme can exceed the records. '
          : 'No record in this period stood for more than one resident. ') +
        'Priorities withdrawn by their author or merged into another as duplicates are not counted; ' +
        'priorities hidden from public view by moderation are still counted, because the concern was still raised. ' +
        'Times of day and days of the week are multiple choice, so those counts do not add up to the total. ' +
        'Age and sex come from the optional equality questions, answered only with consent; on a patrol record they describe the one resident who answered, and the others count as not stated.',
    },
    {
      heading: 'Shares and uncertainty',
      text:
        'Each theme’s share is its priorities divided by all priorities in the period. The range beside it is a 95% Wilson score interval, ' +
        'which stays sensible for small numbers and shares near 0%. Those who took part are not a random sample, so the interval describes the counting noise, not how well the views represent everyone. ' +
        'Residents counted from one patrol conversation are not independent of each other, which makes the interval somewhat too narrow where such records are common.',
    },
    {
      heading: 'Change from the comparison period',
      text:
        'A change in a theme’s share is flagged as significant when a two-proportion z-test (pooled standard error, two-sided) gives p < 0.05. ' +
        'With many themes tested, about one in twenty flags can be chance; treat a flag as a prompt to look, not proof.',
    },
    {
      heading: 'Suppression of small numbers',
      text:
        `Counts from 1 to ${MIN_PUBLISHED - 1} are not shown (“<${MIN_PUBLISHED}”), in every table. Further counts are hidden where needed (secondary suppression) ` +
        'so that a hidden count can never be worked out by subtracting the figures shown from a total, across the theme, area, channel, respondent and support tables together. ' +
        'Shares, rates and ranks are only given for counts that are shown. Zero is shown, as it discloses no one.',
    },
    {
      heading: 'Population',
      text: f.populationDescription
        ? `Rates per 1,000 residents and the resident profile use ${f.populationDescription}. Population estimates lag behind new housing, so treat rates in fast-growing wards with care.`
        : 'No population figures were supplied, so there are no rates per 1,000 residents and no comparison with who lives here.',
    },
    {
      heading: 'Quotes and meetings',
      text:
        'Quotes are taken only from priorities an officer has moderated and published; sensitive themes and anything that could identify a person are never quoted, and places are given no more precisely than the ward. ' +
        (f.meetingsRecorded
          ? 'Agreed meeting priorities are those PACT and NAG meetings agreed in the period, with the actions reported against them.'
          : 'No meetings are recorded in this store, so there is no agreed-priorities section.'),
    },
  ];
}

export function caveats(total: number | null): string[] {
  const out = [
    'Those who take part choose to: this is what people told us, not a survey of everyone who lives or works here.',
    'Some groups are under-represented in consultation (young people, people who rent, people who work shifts); the ward rates and resident profile show where.',
  ];
  if (total !== null && total < 100)
    out.push(
      'Fewer than 100 priorities were raised in the period, so shares and rankings are very uncertain.',
    );
  if (total === null) out.push('Too few priorities were raised in the period to publish any figures.');
  return out;
}

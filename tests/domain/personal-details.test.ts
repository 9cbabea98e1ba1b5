// The personal-details detector on a corpus of what residents write, plus its edit helpers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPersonalDetails,
  personalDetailKinds,
  REMOVED,
  removeAllPersonalDetails,
  removePersonalDetail,
} from '../../src/domain/personal-details';
import { PERSONAL_DETAILS_CORPUS } from './personal-details.corpus';

const found = (text: string) => findPersonalDetails(text).map((d) => [d.kind, d.text] as const);

describe('personal-details detector', () => {
  const positives = PERSONAL_DETAILS_CORPUS.filter((c) => c.details.length > 0 && !c.hard);
  const negatives = PERSONAL_DETAILS_CORPUS.filter((c) => c.details.length === 0 && !c.hard);

  it.each(positives.map((c) => [c.text, c.details] as const))(
    'finds the details in "%s"',
    (text, details) => {
      expect(found(text)).toEqual(details);
    },
  );

  it.each(negatives.map((c) => [c.text]))('leaves "%s" alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives offsets that point at the found text', () => {
    const text = 'Mr Green of 12 Station Road (07700 900222)';
    for (const d of findPersonalDetails(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('removes one detail and keeps the rest of the sentence', () => {
    const text = 'Call 07700 900123 or email a@b.co';
    const [phone] = findPersonalDetails(text);
    expect(removePersonalDetail(text, phone!)).toBe(`Call ${REMOVED} or email a@b.co`);
  });

  it('removes every detail, after which nothing more is found', () => {
    for (const c of PERSONAL_DETAILS_CORPUS) {
      const cleaned = removeAllPersonalDetails(c.text);
      expect(findPersonalDetails(cleaned)).toEqual([]);
    }
  });

  it('reports each kind once, in a fixed order, across several texts', () => {
    expect(personalDetailKinds('Mr Smith 07700 900123', undefined, '14 Oak Road, Mrs Jones')).toEqual([
      'phone',
      'address',
      'name',
    ]);
    expect(personalDetailKinds('Speeding', '')).toEqual([]);
  });

  it('never throws, and every found span lies inside the text without overlaps', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const details = findPersonalDetails(text);
        let end = 0;
        for (const d of details) {
          expect(d.start).toBeGreaterThanOrEqual(end);
          expect(text.slice(d.start, d.end)).toBe(d.text);
          end = d.end;
        }
      }),
    );
  });
});

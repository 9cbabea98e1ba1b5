// The one rule for what progress words may leave the store: all or nothing, never a personal
// detail, never a staff name, and the month rather than the time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalDetails } from '../../src/domain/personal-details';
import { publicProgress, shareableProgressWords } from '../../src/domain/progress-words';
import { PERSONAL_DETAILS_CORPUS } from './personal-details.corpus';

const STAFF = ['PC Amy Shaw', 'Sgt Li Okonkwo', 'Test officer'];
const share = (action: string, reason = '') => shareableProgressWords({ action, reason }, STAFF);

// Words an officer writes that hold no detail and no staff name.
const plainWord = fc.constantFrom(
  'cleared',
  'the',
  'alley',
  'patrols',
  'booked',
  'bins',
  'emptied',
  'council',
  'asked',
  'highways',
  'lights',
  'fixed',
  'speed',
  'checks',
  'weekly',
  'fly-tipping',
  'removed',
  'PCSO',
  'visits',
  'December',
);
const plainText = fc.array(plainWord, { maxLength: 12 }).map((w) => w.join(' '));
const detail = fc.constantFrom(
  '07700 900123',
  'jane.doe@example.com',
  'CV21 2AB',
  '14 Oak Road',
  'Mrs Smith',
  'AB12 CDE',
  'Shaw',
  'amy',
  'Okonkwo',
);
const withDetail = fc
  .tuple(plainText, detail, plainText)
  .map(([before, d, after]) => [before, d, after].filter(Boolean).join(' '));

describe('shareable progress words', () => {
  it('keeps plain words as they are', () => {
    expect(share('Speed checks booked for December')).toEqual({
      action: 'Speed checks booked for December',
      reason: '',
    });
    expect(shareableProgressWords({ action: 'Asked the owner', reason: 'Private land' })).toEqual({
      action: 'Asked the owner',
      reason: 'Private land',
    });
  });

  it('sends no words at all when they hold a personal detail or a staff name', () => {
    expect(share('Mrs Smith at 14 Oak Road, 07700 900123, was spoken to')).toEqual({
      action: '',
      reason: '',
    });
    expect(share('Amy visited twice')).toEqual({ action: '', reason: '' });
    expect(share('Passed to Sgt Okonkwo')).toEqual({ action: '', reason: '' });
    // One text's detail withholds the other, written about the same case.
    expect(shareableProgressWords({ action: 'Spoke to the owner', reason: 'Call 07700 900123' })).toEqual({
      action: '',
      reason: '',
    });
  });

  it('does not take titles, ranks or short parts of a staff name for the name', () => {
    expect(share('PCSO and PC patrols added; officer visits weekly')).toEqual({
      action: 'PCSO and PC patrols added; officer visits weekly',
      reason: '',
    });
    // "Li" is too short to tell from other words; "Test" is a word of a display name.
    expect(share('Lights fixed')).toEqual({ action: 'Lights fixed', reason: '' });
    expect(share('Test purchase carried out')).toEqual({ action: '', reason: '' });
  });

  it('withholds every corpus text in which the detector finds a detail', () => {
    for (const c of PERSONAL_DETAILS_CORPUS) {
      const out = shareableProgressWords({ action: c.text, reason: '' });
      expect(out.action).toBe(findPersonalDetails(c.text).length > 0 ? '' : c.text);
    }
  });

  it('is all or nothing: both words unchanged, or both empty', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (action, reason) => {
        const out = shareableProgressWords({ action, reason }, STAFF);
        const unchanged = out.action === action && out.reason === reason;
        const withheld = out.action === '' && out.reason === '';
        expect(unchanged || withheld).toBe(true);
        // Whatever is sent, the detector finds nothing in it.
        expect(findPersonalDetails(out.action)).toEqual([]);
        expect(findPersonalDetails(out.reason)).toEqual([]);
      }),
    );
  });

  it('never lets a detail or staff name through, wherever it sits in either text', () => {
    fc.assert(
      fc.property(withDetail, plainText, fc.boolean(), (dirty, clean, inReason) => {
        const words = inReason ? { action: clean, reason: dirty } : { action: dirty, reason: clean };
        expect(shareableProgressWords(words, STAFF)).toEqual({ action: '', reason: '' });
      }),
    );
  });

  it('lets any plain words through unchanged', () => {
    fc.assert(
      fc.property(plainText, plainText, (action, reason) => {
        expect(shareableProgressWords({ action, reason }, STAFF)).toEqual({ action, reason });
      }),
    );
  });
});

describe('public progress', () => {
  it('gives the status, the month and the shareable words, never the time or who', () => {
    const out = publicProgress(
      { status: 'done', action: 'Alley cleared', reason: '', respondedAt: '2026-11-28T10:42:17.000Z' },
      STAFF,
    );
    expect(out).toEqual({ status: 'done', month: '2026-11', action: 'Alley cleared', reason: '' });
    expect(JSON.stringify(out)).not.toMatch(/T10|28/);
  });
});

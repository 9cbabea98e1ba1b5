import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { showLanguage } from '../../../src/client/i18n/i18n';
import { explainRefusal, plainSentence, REFUSED, UNREACHABLE } from '../../../src/client/sync/refusal';
import { countMessage } from '../../../src/client/ui/character-count';

const refused = (status: number, body: unknown) => explainRefusal({ kind: 'client-error', status, body });

describe("explainRefusal: the store's error bodies as sentences a person reads", () => {
  it('turns an invalid request into the field issues, each a sentence, never "Invalid request: path: …"', () => {
    const answer = refused(400, {
      error: 'invalid_request',
      message: 'Invalid request: reason: say why it is not possible',
      issues: [{ path: 'reason', message: 'say why it is not possible' }],
    });
    expect(answer).toEqual({
      status: 400,
      message: 'Say why it is not possible.',
      issues: [{ path: 'reason', message: 'Say why it is not possible.' }],
    });
  });

  it.each([
    ['say what was done', 'Say what was done.'],
    ['reason must say why (at least 3 characters)', 'Give a reason of at least 3 characters.'],
    ['into must be a priority id', 'Choose the priority to keep.'],
    ['username is required', 'Enter your username.'],
    ['description may have at most 500 characters', 'Description may have at most 500 characters.'],
  ])('says "%s" as "%s"', (message, sentence) => {
    expect(
      refused(400, { error: 'invalid_request', message, issues: [{ path: 'x', message }] }).message,
    ).toBe(sentence);
  });

  it("keeps the store's own sentence when it names no field", () => {
    const message = 'That username and password do not match an active staff account.';
    expect(refused(401, { error: 'unauthorized', message })).toEqual({ status: 401, message, issues: [] });
  });

  it('says the officer may approve once personal details are checked, without the field code', () => {
    const message =
      'The text may hold personal details (phone): redact them, or confirm none remain with personalDetailsChecked, before publishing.';
    expect(refused(409, { error: 'conflict', message }).message).not.toContain('personalDetailsChecked');
  });

  it('says the store cannot be reached when the answer is worth retrying', () => {
    expect(explainRefusal({ kind: 'retryable', status: 0, message: 'Failed to fetch' }).message).toBe(
      UNREACHABLE,
    );
  });

  it('falls back to a plain sentence for a body without a message', () => {
    expect(refused(400, undefined).message).toBe(REFUSED);
    expect(refused(404, { error: 'not_found' }).message).toBe(REFUSED);
  });

  it('always answers with a capitalised sentence that ends in a full stop, never a path prefix', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(word, fc.array(word, { minLength: 1, maxLength: 6 }), (path, words) => {
        const raw = words.join(' ');
        const answer = refused(400, {
          error: 'invalid_request',
          message: `Invalid request: ${path}: ${raw}`,
          issues: [{ path, message: raw }],
        });
        for (const text of [answer.message, ...answer.issues.map((i) => i.message)]) {
          expect(text).toMatch(/^[A-Z].*[.!?]$/);
          expect(text).not.toMatch(/^Invalid request/);
        }
        expect(answer.issues[0]?.path).toBe(path);
      }),
    );
  });

  it('plainSentence leaves a finished sentence alone', () => {
    expect(plainSentence('A priority cannot be merged into itself.')).toBe(
      'A priority cannot be merged into itself.',
    );
  });
});

describe('countMessage: the character count in GOV.UK words', () => {
  beforeAll(() => showLanguage('en'));

  it.each([
    [0, 1000, 'You have 1,000 characters remaining'],
    [0, 500, 'You have 500 characters remaining'],
    [499, 500, 'You have 1 character remaining'],
    [500, 500, 'You have 0 characters remaining'],
    [501, 500, 'You have 1 character too many'],
    [505, 500, 'You have 5 characters too many'],
  ])('%i of %i: "%s"', (length, limit, message) => {
    expect(countMessage(length, limit)).toBe(message);
  });

  it('says it in Welsh, with the noun after a number as Welsh has it', async () => {
    await showLanguage('cy');
    expect(countMessage(998, 1000)).toBe('Mae gennych 2 nod ar ôl');
    expect(countMessage(1003, 1000)).toBe('Mae gennych 3 nod yn ormod');
    await showLanguage('en');
  });
});

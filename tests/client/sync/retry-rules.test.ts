import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_ROUND_GAP_MS, nextRoundDelay, pushAnswerAction } from '../../../src/client/sync/retry-rules';
import { DEFAULT_BACKOFF } from '../../../src/domain/backoff';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';

const luck = fc.double({ min: 0, max: 0.999999, noNaN: true });
const INTERVAL = 60_000;

describe('pushAnswerAction: what an answer means for the batch', () => {
  const refused = (status: number, body: unknown) =>
    pushAnswerAction({ kind: 'client-error', status, body }, 200);

  it('backs off on a body damaged in transit, a malformed envelope, a server fault or no network', () => {
    expect(
      refused(400, {
        error: 'invalid_request',
        message: 'Request body is not valid gzip: unexpected end of file',
      }),
    ).toEqual({
      kind: 'back-off',
      message: 'Request body is not valid gzip: unexpected end of file',
    });
    expect(
      refused(400, { error: 'invalid_request', message: 'Invalid request: deviceId: device id must be text' })
        .kind,
    ).toBe('back-off');
    expect(refused(401, {}).kind).toBe('back-off');
    expect(pushAnswerAction({ kind: 'retryable', status: 503, message: 'HTTP 503' }, 200)).toEqual({
      kind: 'back-off',
      message: 'HTTP 503',
    });
    expect(pushAnswerAction({ kind: 'retryable', status: 0, message: 'Failed to fetch' }, 1).kind).toBe(
      'back-off',
    );
  });

  it('applies per-record answers, rejections included, from an accepted batch', () => {
    const body = { protocol: PROTOCOL_VERSION, results: [{ id: 'a', status: 'rejected' as const }] };
    expect(pushAnswerAction({ kind: 'ok', status: 200, body } as never, 1)).toEqual({ kind: 'apply', body });
  });

  it('halves a batch the store finds too large, and backs off once it is a single record', () => {
    expect(refused(413, { error: 'batch_too_large', message: 'too many' }).kind).toBe('shrink-batch');
    expect(refused(413, { error: 'payload_too_large', message: 'too big' }).kind).toBe('shrink-batch');
    expect(
      pushAnswerAction(
        { kind: 'client-error', status: 413, body: { error: 'payload_too_large', message: 'too big' } },
        1,
      ),
    ).toEqual({
      kind: 'back-off',
      message: 'too big',
    });
  });

  it('asks for an update when the store no longer speaks this protocol', () => {
    expect(refused(400, { error: 'unsupported_protocol', message: 'Please update' })).toEqual({
      kind: 'update-required',
      message: 'Please update',
    });
  });
});

describe('nextRoundDelay: the engine backs off as a whole', () => {
  it('after a failed round waits at least half the backoff base, however much of the outbox is due (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -600_000, max: 0 }),
        luck,
        (failedRounds, dueOffset, random) => {
          const now = 1_000_000;
          const wait = nextRoundDelay({
            now,
            due: now + dueOffset,
            intervalMs: INTERVAL,
            failedRounds,
            random,
          });
          return wait >= DEFAULT_BACKOFF.baseMs / 2 && wait <= INTERVAL;
        },
      ),
    );
  });

  it('waits longer the more rounds in a row have failed, for the same luck, up to the interval (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), luck, (failedRounds, random) => {
        const at = (n: number) =>
          nextRoundDelay({ now: 0, due: 0, intervalMs: INTERVAL, failedRounds: n, random });
        return at(failedRounds + 1) >= at(failedRounds) && at(failedRounds + 1) <= INTERVAL;
      }),
    );
  });

  it('a refused batch in a 1,000-item outbox does not become a push every 250 ms', () => {
    // Five batches due now, every push refused: the old rule sent the next one 250 ms later.
    let clock = 0;
    const pushes: number[] = [];
    for (let failedRounds = 1; clock < 60_000; failedRounds++) {
      pushes.push(clock);
      clock += nextRoundDelay({ now: clock, due: clock, intervalMs: INTERVAL, failedRounds, random: 0 });
    }
    // Even with the unluckiest jitter: 0, 1, 3, 7, 15, 31 s.
    expect(pushes.length).toBeLessThanOrEqual(6);
    expect(pushes[1]).toBeGreaterThanOrEqual(DEFAULT_BACKOFF.baseMs / 2);
  });

  it('without failures keeps the old schedule: the next due entry, at least 250 ms apart, at most the interval', () => {
    expect(
      nextRoundDelay({ now: 0, due: undefined, intervalMs: INTERVAL, failedRounds: 0, random: 0.5 }),
    ).toBe(INTERVAL);
    expect(nextRoundDelay({ now: 0, due: -5_000, intervalMs: INTERVAL, failedRounds: 0, random: 0.5 })).toBe(
      MIN_ROUND_GAP_MS,
    );
    expect(nextRoundDelay({ now: 0, due: 7_000, intervalMs: INTERVAL, failedRounds: 0, random: 0.5 })).toBe(
      7_000,
    );
    expect(nextRoundDelay({ now: 0, due: 600_000, intervalMs: INTERVAL, failedRounds: 0, random: 0.5 })).toBe(
      INTERVAL,
    );
  });

  it('after a failure still honours an entry that is due later than the backoff', () => {
    expect(nextRoundDelay({ now: 0, due: 30_000, intervalMs: INTERVAL, failedRounds: 1, random: 0 })).toBe(
      30_000,
    );
  });
});

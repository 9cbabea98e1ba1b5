import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBallot, proposeAgreed, rankItems, tallyVotes } from '../../src/domain/meeting-votes';

const ids = ['a', 'b', 'c', 'd', 'e'];
const known = new Set(ids);

describe('dot voting', () => {
  it('refuses a fourth dot, a second dot on one priority, and an unknown priority', () => {
    expect(checkBallot(['a', 'b', 'c', 'd'], 3, known)).toEqual({
      ok: false,
      message: 'You can place at most 3 votes.',
    });
    expect(checkBallot(['a', 'a'], 3, known)).toMatchObject({ ok: false });
    expect(checkBallot(['z'], 3, known)).toMatchObject({ ok: false });
    expect(checkBallot(['a', 'b', 'c'], 3, known)).toEqual({ ok: true });
  });

  it('totals every valid ballot exactly: total dots equal the dots placed, no priority above the voters', () => {
    const ballot = fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 40 }), (ballots) => {
        const totals = tallyVotes(
          ids,
          ballots.map((priorityIds, turn) => ({ turn, priorityIds })),
        );
        const sum = [...totals.values()].reduce((a, n) => a + n, 0);
        expect(sum).toBe(ballots.reduce((a, b) => a + b.length, 0));
        for (const n of totals.values()) expect(n).toBeLessThanOrEqual(ballots.length);
      }),
    );
  });

  it('ranks by votes, ties share a rank and keep the order raised', () => {
    const ranked = rankItems([
      { priorityId: 'a', votes: 2, raisedAt: '1' },
      { priorityId: 'b', votes: 5, raisedAt: '2' },
      { priorityId: 'c', votes: 2, raisedAt: '0' },
      { priorityId: 'd', votes: 0, raisedAt: '3' },
    ]);
    expect(ranked.map((r) => [r.item.priorityId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 2],
      ['d', 4],
    ]);
    expect(ranked[1]!.tiedWithNext).toBe(true);
  });

  it('proposes the top N that got votes, never more than N', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { maxLength: 12 }), fc.integer({ min: 1, max: 10 }), (votes, n) => {
        const items = votes.map((v, i) => ({
          priorityId: `p${i}`,
          votes: v,
          raisedAt: String(i).padStart(3, '0'),
        }));
        const proposed = proposeAgreed(items, n);
        expect(proposed.length).toBeLessThanOrEqual(n);
        const chosen = items.filter((i) => proposed.includes(i.priorityId));
        const left = items.filter((i) => !proposed.includes(i.priorityId) && i.votes > 0);
        for (const c of chosen) for (const l of left) expect(c.votes).toBeGreaterThanOrEqual(l.votes);
      }),
    );
  });
});

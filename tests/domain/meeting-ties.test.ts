// Ties for the last agreed place: the votes decide what they can, and a tie is shown, never
// broken silently. Cases in a small notation: votes in the order raised (a, b, c...), places.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideAgreed, proposeAgreed } from '../../src/domain/meeting-votes';

const items = (votes: readonly number[]) =>
  votes.map((v, i) => ({
    priorityId: String.fromCharCode(97 + i),
    votes: v,
    raisedAt: String(i).padStart(3, '0'),
  }));

const CASES: [votes: string, places: number, sure: string, tie: string | null][] = [
  // votes       places  sure   tie: "place/votes/places:candidates"
  ['5 3 2 2 2 2', 3, 'ab', '3/2/1:cdef'], // the four-way tie for the last place
  ['5 3 2 1', 3, 'abc', null],
  ['2 2 2 2', 3, '', '1/2/3:abcd'],
  ['2 2 2', 3, 'abc', null], // all three fit: nothing to choose
  ['4 4 1', 1, '', '1/4/1:ab'],
  ['3 5 3 0', 2, 'b', '2/3/1:ac'],
  ['1 1 0 0', 3, 'ab', null], // no votes, never proposed
  ['0 0 0', 3, '', null],
  ['', 3, '', null],
  ['6 6 6 1', 2, '', '1/6/2:abc'],
  ['9 7 6 6', 3, 'ab', '3/6/1:cd'],
  ['9 7 6 6', 4, 'abcd', null],
];

describe('a tie for the last agreed place', () => {
  it.each(CASES)('votes %s for %i places: %s agreed, tie %s', (votes, places, sure, tie) => {
    const decided = decideAgreed(items(votes ? votes.split(' ').map(Number) : []), places);
    expect(decided.sure.join('')).toBe(sure);
    expect(
      decided.tie
        ? `${decided.tie.place}/${decided.tie.votes}/${decided.tie.places}:${decided.tie.candidateIds.join('')}`
        : null,
    ).toBe(tie);
  });

  it('always leaves the chair a real choice, and fills the places exactly like the order-raised proposal', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6), { maxLength: 12 }), fc.integer({ min: 1, max: 10 }), (votes, n) => {
        const list = items(votes);
        const { sure, tie } = decideAgreed(list, n);
        const proposed = proposeAgreed(list, n);
        const votesOf = (id: string) => list.find((i) => i.priorityId === id)!.votes;
        if (!tie) {
          expect(sure).toEqual(proposed);
          return;
        }
        // More candidates than places, all level, all below every sure one and above every one left out.
        expect(tie.candidateIds.length).toBeGreaterThan(tie.places);
        expect(tie.places).toBeGreaterThanOrEqual(1);
        expect(sure.length + tie.places).toBe(n);
        expect(tie.place).toBe(sure.length + 1);
        for (const id of tie.candidateIds) expect(votesOf(id)).toBe(tie.votes);
        for (const id of sure) expect(votesOf(id)).toBeGreaterThan(tie.votes);
        for (const i of list)
          if (!sure.includes(i.priorityId) && !tie.candidateIds.includes(i.priorityId))
            expect(i.votes).toBeLessThan(tie.votes);
        // The old silent rule would have taken the first raised: the same sure ones, then candidates in order.
        expect(proposed).toEqual([...sure, ...tie.candidateIds.slice(0, tie.places)]);
      }),
    );
  });
});

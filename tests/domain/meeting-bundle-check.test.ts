import { describe, expect, it } from 'vitest';
import { checkMeetingBundle } from '../../src/domain/meeting-bundle-check';
import { sampleBundle, sampleMeeting, sampleTiedBundle } from './meeting-fixtures';

const issuesOf = (body: unknown) => {
  const result = checkMeetingBundle(body);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('checkMeetingBundle', () => {
  it('accepts a whole meeting', () => {
    const bundle = sampleBundle();
    expect(checkMeetingBundle(bundle)).toEqual({ ok: true, value: bundle });
  });

  it('asks an old app to update when the protocol differs', () => {
    expect(checkMeetingBundle({ ...sampleBundle(), protocol: 99 })).toMatchObject({
      ok: false,
      unsupportedProtocol: 99,
    });
  });

  const b = sampleBundle();
  it.each([
    ['a missing venue', { ...b, meeting: { ...b.meeting, venue: '  ' } }, 'meeting.venue: venue is required'],
    [
      'an unknown agency',
      { ...b, meeting: { ...b.meeting, partners: ['police', 'mi5'] } },
      'meeting.partners[1]: agency must be one of',
    ],
    [
      'a repeated agency',
      { ...b, meeting: { ...b.meeting, partners: ['police', 'police'] } },
      'meeting.partners: partners must not repeat',
    ],
    [
      'an online priority',
      { ...b, priorities: [{ ...b.priorities[0]!, channel: 'online' }, ...b.priorities.slice(1)] },
      "priorities[0].channel: a meeting's priorities",
    ],
    [
      'another CSP',
      { ...b, priorities: [{ ...b.priorities[0]!, cspCode: 'E22000359' }, ...b.priorities.slice(1)] },
      "priorities[0].cspCode: must be the meeting's CSP",
    ],
    [
      'an agreed priority never raised',
      { ...b, agreed: [{ ...b.agreed[0]!, priorityId: sampleBundle().priorities[0]!.id }] },
      'agreed[0].priorityId: was not raised',
    ],
    ['too many agreed', { ...b, meeting: { ...b.meeting, agreedCount: 2 } }, 'agreed: at most 2 priorities'],
    ['more dots than handed out', { ...b, voters: 9 }, 'items: 30 votes is more than 9 voters × 3 each'],
    [
      'more votes than voters on one priority',
      { ...b, voters: 8, meeting: { ...b.meeting, votesPerAttendee: 10 } },
      'items[0].votes: more votes than people who voted',
    ],
    [
      'fewer attendees than voters',
      { ...b, meeting: { ...b.meeting, attendance: 5 } },
      'meeting.attendance: attendance (5) is less than the 10',
    ],
    [
      'two agreed with one rank',
      { ...b, agreed: [b.agreed[0]!, { ...b.agreed[1]!, rank: 1 }] },
      'agreed[1].rank: two agreed priorities share a rank',
    ],
    [
      'an agreed priority with no action',
      { ...b, agreed: [{ ...b.agreed[0]!, action: '' }] },
      'agreed[0].action: intended action is required',
    ],
    [
      'a priority with no item',
      { ...b, items: b.items.slice(1) },
      'items: every priority raised needs exactly one item',
    ],
  ])('refuses %s, naming the field', (_name, body, expected) => {
    expect(issuesOf(body).join('\n')).toContain(expected);
  });

  it('accepts a meeting where nobody voted and nothing was agreed', () => {
    const bundle = sampleBundle({ voters: 0, agreed: [], meeting: sampleMeeting({ attendance: 0 }) });
    expect(issuesOf({ ...bundle, items: bundle.items.map((i) => ({ ...i, votes: 0 })) })).toEqual([]);
  });
});

describe('a tie for the last agreed place in the bundle', () => {
  it('accepts the tie and how the chair resolved it, and still accepts a bundle from before ties', () => {
    const tied = sampleTiedBundle();
    expect(checkMeetingBundle(tied)).toEqual({ ok: true, value: tied });
    const { tie: _tie, ...old } = tied;
    expect(checkMeetingBundle(old)).toEqual({ ok: true, value: old });
  });

  const t = sampleTiedBundle();
  const tie = t.tie!;
  it.each([
    [
      'a candidate on other votes',
      { ...tie, candidates: [t.items[1]!.priorityId, ...tie.candidates] },
      'tie.candidates[0]: has 5 votes, not the 4 of the tie',
    ],
    [
      'a choice that was not tied',
      { ...tie, chosen: [t.items[0]!.priorityId] },
      'tie.chosen[0]: is not one of the tied priorities',
    ],
    [
      'a choice that was not agreed',
      { ...tie, chosen: [tie.candidates[0]!] },
      'tie.chosen[0]: is not among the agreed priorities',
    ],
    ['a place beyond the agreed places', { ...tie, place: 4 }, 'tie.place: must be within the 3 places'],
    [
      'a tie of one',
      { ...tie, candidates: [tie.candidates[1]!] },
      'tie.candidates: tied priorities must list at least 2',
    ],
    ['no votes', { ...tie, votes: 0 }, 'tie.votes: tied votes must be at least 1'],
  ])('refuses %s, naming the field', (_what, bad, message) => {
    expect(issuesOf({ ...t, tie: bad }).join('\n')).toContain(message);
  });
});

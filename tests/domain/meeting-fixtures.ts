// A valid meeting bundle to vary in tests: 10 attendees, 4 priorities raised, top 3 agreed.
import { newDeviceId, newPriorityId } from '../../src/domain/ids';
import type { Meeting, MeetingBundle } from '../../src/domain/meeting';
import { PROTOCOL_VERSION } from '../../src/domain/sync-protocol';
import { samplePriority } from './fixtures';

export function sampleMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: newPriorityId(),
    cspCode: 'E22000321',
    kind: 'pact',
    wardCode: 'E05008974',
    neighbourhood: 'Rugby Town Centre',
    date: '2026-11-20',
    venue: 'St Andrew’s Church Hall',
    chair: 'Pat Reid',
    partners: ['police', 'council'],
    attendance: 12,
    votesPerAttendee: 3,
    agreedCount: 3,
    createdAt: '2026-11-20T18:30:00.000Z',
    closedAt: '2026-11-20T20:00:00.000Z',
    ...overrides,
  };
}

export function sampleBundle(overrides: Partial<MeetingBundle> = {}): MeetingBundle {
  const deviceId = overrides.deviceId ?? newDeviceId();
  const meeting = overrides.meeting ?? sampleMeeting();
  const themes = ['local.speeding', 'local.parking', 'local.fly-tipping', 'local.litter'];
  const priorities = themes.map((themeKey, i) =>
    samplePriority({
      deviceId,
      themeKey,
      channel: 'meeting',
      description: `Raised at the meeting #${i + 1}`,
      place: { kind: 'area-unit', areaCode: meeting.wardCode },
    }),
  );
  const votes = [9, 8, 7, 6];
  return {
    protocol: PROTOCOL_VERSION,
    deviceId,
    meeting,
    priorities,
    items: priorities.map((p, i) => ({
      priorityId: p.id,
      source: i === 3 ? 'chair' : 'attendee',
      votes: votes[i]!,
    })),
    voters: 10,
    agreed: priorities.slice(0, 3).map((p, i) => ({
      priorityId: p.id,
      rank: i + 1,
      leadAgency: i === 1 ? 'council' : 'police',
      action: `Action for priority ${i + 1}`,
    })),
    ...overrides,
  };
}

/**
 * A four-way tie for the last of 3 places (votes 6, 5, 4, 4, 4, 4) that the chair resolved by
 * choosing the fourth raised: the silent order-raised rule would have taken the third.
 */
export function sampleTiedBundle(): MeetingBundle {
  const base = sampleBundle();
  const extra = ['local.noise', 'local.street-lighting'].map((themeKey, i) =>
    samplePriority({
      deviceId: base.deviceId,
      themeKey,
      channel: 'meeting',
      description: `Raised at the meeting #${i + 5}`,
      place: { kind: 'area-unit', areaCode: base.meeting.wardCode },
    }),
  );
  const priorities = [...base.priorities, ...extra];
  const votes = [6, 5, 4, 4, 4, 4];
  const ids = priorities.map((p) => p.id);
  return {
    ...base,
    priorities,
    items: priorities.map((p, i) => ({ priorityId: p.id, source: 'attendee', votes: votes[i]! })),
    agreed: [ids[0]!, ids[1]!, ids[3]!].map((priorityId, i) => ({
      priorityId,
      rank: i + 1,
      leadAgency: 'police',
      action: `Action for priority ${i + 1}`,
    })),
    tie: { place: 3, votes: 4, candidates: ids.slice(2), chosen: [ids[3]!] },
  };
}

// Solid signals over the meeting tables: screens re-render as turns, items and responses change.
import type { Accessor } from 'solid-js';
import { createLiveQuery } from './live';
import type { LocalMeeting, LocalMeetingItem } from './meeting-types';
import { getMeeting, listMeetings, meetingBallots, meetingItems } from './meetings';

export const createMeetingList = (): Accessor<LocalMeeting[]> => createLiveQuery(listMeetings, []);

export interface MeetingState {
  readonly meeting: LocalMeeting | undefined;
  readonly items: LocalMeetingItem[];
  /** How many turns have been taken, and the dots placed per priority. */
  readonly turns: number;
  readonly tally: Map<string, number>;
}

async function meetingState(id: string): Promise<MeetingState> {
  const [meeting, items, ballots] = await Promise.all([getMeeting(id), meetingItems(id), meetingBallots(id)]);
  const tally = new Map(items.map((i) => [i.priorityId, 0]));
  for (const b of ballots) for (const p of b.priorityIds) tally.set(p, (tally.get(p) ?? 0) + 1);
  return { meeting, items, turns: ballots.length, tally };
}

export const createMeetingState = (id: string): Accessor<MeetingState> =>
  createLiveQuery(() => meetingState(id), { meeting: undefined, items: [], turns: 0, tally: new Map() });

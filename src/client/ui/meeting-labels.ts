// Words for the meeting screens.
import type { MeetingPhase } from '../store/meeting-types';
import { formatDate, formatDayAndTime } from './dates';

export const PHASE_TEXT: Record<MeetingPhase, string> = {
  voting: 'Open: adding and voting',
  closed: 'Voting closed: agreeing priorities',
  finished: 'Finished',
};

export const MEETING_SYNC_TEXT = {
  local: 'On this device only',
  waiting: 'Waiting to send',
  sent: 'Sent',
  rejected: 'Not accepted',
} as const;

/** When a send grant ends, as "20 November at 21:40" (en-GB). */
export const grantUntilText = (iso: string) => formatDayAndTime(iso);

export { formatDate };

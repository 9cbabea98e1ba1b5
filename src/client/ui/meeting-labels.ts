// Words for the meeting screens.
import type { MeetingPhase } from '../store/meeting-types';

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
export const grantUntilText = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    day: 'numeric',
    month: 'long',
  });

export const formatDate = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });

// How a meeting is held on the device while it runs, before it travels as one bundle.
import type {
  Agency,
  AgreedPriority,
  ItemSource,
  Meeting,
  MeetingBundle,
  MeetingTie,
} from '../../domain/meeting';
import type { AgendaMeeting } from '../../domain/meeting-record';
import type { ImportedPriority } from '../../domain/police-uk';
import type { Priority } from '../../domain/priority';

/** setup → voting (kiosk turns) → voting closed (results, agreeing) → finished (queued / sent). */
export type MeetingPhase = 'voting' | 'closed' | 'finished';

export type MeetingDraft = Omit<Meeting, 'closedAt'> & { closedAt?: string };

export interface LocalMeeting extends MeetingDraft {
  phase: MeetingPhase;
  /** Agreed at the end: set when the chair finishes the meeting. */
  agreed: AgreedPriority[];
  /** Set at the end when priorities tied for the last agreed place and the chair chose. */
  tie?: MeetingTie;
  /** The last meeting's agreed priorities and their progress, cached when the meeting was set up. */
  agenda: AgendaMeeting | null;
  /** police.uk priorities imported to seed the meeting, as plain text. */
  imported: ImportedPriority[];
  syncState: 'local' | 'waiting' | 'sent' | 'rejected';
  rejectReason?: string;
  /** Why a finished meeting is still waiting to send (no staff member signed in who may send it). */
  waitingReason?: string;
  /** The store's permission for this device to send this meeting once, given while staff were signed in. */
  sendGrant?: { token: string; expiresAt: string };
  /**
   * A finished meeting imported from an export file: sent exactly as exported, under the device
   * id it was run with (its turns' ballots stayed on that device; only the totals travel).
   */
  heldBundle?: MeetingBundle;
}

export interface LocalMeetingItem {
  priorityId: string;
  meetingId: string;
  source: ItemSource;
  priority: Priority;
  /** The police.uk agenda item put to the vote (its text), so it cannot go on the ballot twice. */
  agendaIssue?: string;
}

/** One attendee's turn: which priorities got a dot. No identity, only the turn's number. */
export interface MeetingBallot {
  id: string;
  meetingId: string;
  turn: number;
  priorityIds: string[];
}

export interface AgreedDraft {
  priorityId: string;
  leadAgency: Agency;
  action: string;
}

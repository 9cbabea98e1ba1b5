// What the store tells about a stored meeting: its record (for the DOCX/Markdown record and
// the staff screen) and the agenda item "last meeting's priorities and their progress".
import type { Agency, ItemSource, Meeting } from './meeting';
import type { PublicProgress } from './public';
import type { PriorityResponse } from './response';

export interface RecordItem {
  readonly priorityId: string;
  readonly themeKey: string;
  readonly description: string;
  /** Ward name, landmark, or "pinned on the map": never coordinates. */
  readonly placeText: string;
  readonly source: ItemSource;
  readonly votes: number;
  readonly response: PriorityResponse | null;
}

export interface RecordAgreed {
  readonly rank: number;
  readonly priorityId: string;
  readonly themeKey: string;
  readonly description: string;
  readonly votes: number;
  readonly leadAgency: Agency;
  readonly action: string;
  readonly response: PriorityResponse | null;
}

/** A tie for the last agreed place, as the record tells it: who tied, and whom the chair chose. */
export interface RecordTie {
  readonly place: number;
  readonly votes: number;
  readonly candidates: readonly {
    readonly priorityId: string;
    readonly themeKey: string;
    readonly description: string;
    readonly chosen: boolean;
  }[];
}

export interface MeetingSummary {
  readonly id: string;
  readonly kind: Meeting['kind'];
  readonly wardCode: string;
  readonly wardName: string | null;
  readonly date: string;
  readonly venue: string;
  readonly attendance: number;
  readonly agreed: readonly RecordAgreed[];
}

export interface MeetingRecord {
  readonly meeting: Meeting;
  readonly wardName: string | null;
  readonly voters: number;
  readonly items: readonly RecordItem[];
  readonly agreed: readonly RecordAgreed[];
  /** The meeting before this one for the same ward, whose priorities were reviewed. */
  readonly previous: MeetingSummary | null;
  /** Absent when nothing tied for the last place (and for meetings stored before ties were recorded). */
  readonly tie?: RecordTie;
}

/** An agreed priority on the public agenda: moderated text only (description '' until published). */
export interface AgendaAgreed extends Omit<RecordAgreed, 'priorityId' | 'response'> {
  readonly response: PublicProgress | null;
}

export interface AgendaMeeting extends Omit<MeetingSummary, 'agreed'> {
  readonly agreed: readonly AgendaAgreed[];
}

/** The public agenda item: the ward's last meeting, what it agreed and the progress since. */
export interface MeetingAgenda {
  readonly cspCode: string;
  readonly wardCode: string;
  readonly previous: AgendaMeeting | null;
}

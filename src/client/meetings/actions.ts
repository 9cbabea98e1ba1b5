// What the meeting screens do, checked against the same schemas the store uses before saving.
import { newPriorityId } from '../../domain/ids';
import { type ItemSource, MeetingSchema } from '../../domain/meeting';
import type { ImportedPriority } from '../../domain/police-uk';
import { type Place, type Priority, PrioritySchema, type RespondentType } from '../../domain/priority';
import { check, type FieldIssue } from '../../domain/validation';
import { deviceId } from '../store/kv';
import type { MeetingDraft } from '../store/meeting-types';
import { AlreadyOnBallot, addMeetingItem, createMeeting } from '../store/meetings';
import { loadAgenda } from '../sync/agenda';

export type Saved<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export type NewMeeting = Omit<MeetingDraft, 'id' | 'createdAt' | 'closedAt'>;

/** Sets the meeting up on the device, with the ward's last agenda when the store can be reached or is cached. */
export async function setUpMeeting(input: NewMeeting, imported: ImportedPriority[]): Promise<Saved<string>> {
  const now = new Date().toISOString();
  const agenda = await loadAgenda(input.cspCode, input.wardCode);
  const draft: MeetingDraft = {
    ...input,
    id: newPriorityId(),
    createdAt: now,
    ...(agenda.previous ? { previousMeetingId: agenda.previous.id } : {}),
  };
  // closedAt is only known at the end; check everything else now.
  const checked = check(MeetingSchema, { ...draft, closedAt: now });
  if (!checked.ok) return checked;
  // Imported police.uk priorities go on the agenda; the chair puts any to the vote with a theme.
  await createMeeting(draft, { agenda: agenda.previous, imported });
  return { ok: true, value: draft.id };
}

export interface ItemDraft {
  themeKey: string;
  description: string;
  place: Place;
  respondentType: RespondentType;
  source: ItemSource;
  /** The police.uk agenda item this puts to the vote, when it is one. */
  agendaIssue?: string;
}

/** Adds a priority raised at the meeting (by an attendee, the chair, or imported). */
export async function raise(
  meeting: Pick<MeetingDraft, 'id' | 'cspCode'>,
  draft: ItemDraft,
): Promise<Saved<Priority>> {
  const now = new Date().toISOString();
  const checked = check(PrioritySchema, {
    id: newPriorityId(),
    cspCode: meeting.cspCode,
    themeKey: draft.themeKey,
    place: draft.place,
    description: draft.description.trim(),
    when: { timesOfDay: [], days: [] },
    respondentType: draft.respondentType,
    channel: 'meeting',
    deviceId: await deviceId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  if (!checked.ok) return checked;
  try {
    await addMeetingItem(meeting.id, checked.value, draft.source, draft.agendaIssue);
  } catch (error) {
    if (error instanceof AlreadyOnBallot)
      return { ok: false, issues: [{ path: 'description', message: error.message }] };
    throw error;
  }
  return { ok: true, value: checked.value };
}

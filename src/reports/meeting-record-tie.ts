// How every meeting-record format tells a tie for the last agreed place and how the chair
// resolved it, in the same words: Word, Markdown, CSV and the police.uk export.
import type { RecordTie } from '../domain/meeting-record';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The whole story, for the record's tie section. */
export function tieSummary(tie: RecordTie): string {
  const chosen = tie.candidates.filter((c) => c.chosen).length;
  return `${tie.candidates.length} priorities tied on ${count(tie.votes, 'vote', 'votes')} each for agreed place ${tie.place}. The votes could not decide between them, so the chair chose ${chosen} of them.`;
}

/** One tied priority's outcome ('' when it was not in the tie). */
export function tieOutcome(tie: RecordTie | undefined, priorityId: string): string {
  const candidate = tie?.candidates.find((c) => c.priorityId === priorityId);
  if (!tie || !candidate) return '';
  return candidate.chosen
    ? `Tied on ${count(tie.votes, 'vote', 'votes')} for place ${tie.place}: chosen by the chair.`
    : `Tied on ${count(tie.votes, 'vote', 'votes')} for place ${tie.place}: not chosen.`;
}

/** For an agreed priority published elsewhere (police.uk): why it was agreed when votes tied ('' otherwise). */
export function tieChoiceNote(tie: RecordTie | undefined, priorityId: string): string {
  const candidate = tie?.candidates.find((c) => c.priorityId === priorityId);
  if (!tie || !candidate?.chosen) return '';
  return `Chosen by the chair of the meeting from ${tie.candidates.length} priorities tied on ${count(tie.votes, 'vote', 'votes')} for place ${tie.place}.`;
}

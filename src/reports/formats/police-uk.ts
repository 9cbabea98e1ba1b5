// Agreed meeting priorities in the data.police.uk neighbourhood priorities shape:
// [{ issue, issue-date, action, action-date }], text as escaped HTML paragraphs as police.uk serves it.
import type { ConsultationSummary } from '../../domain/summary';
import { escapeXml } from './text';

export interface PoliceUkPriority {
  readonly issue: string;
  readonly 'issue-date': string;
  readonly action: string | null;
  readonly 'action-date': string | null;
}

export function summaryToPoliceUk(s: ConsultationSummary): PoliceUkPriority[] {
  return (s.agreedPriorities ?? []).map((a) => ({
    issue: `<p>${escapeXml(a.issue)}</p>`,
    'issue-date': `${a.meetingDate.slice(0, 10)}T00:00:00`,
    action: a.action ? `<p>${escapeXml(a.action)}</p>` : null,
    'action-date': a.action && a.actionDate ? `${a.actionDate.slice(0, 10)}T00:00:00` : null,
  }));
}

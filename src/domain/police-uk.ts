// data.police.uk neighbourhood priorities: import them to seed a meeting, export agreed ones.
// Shape: { issue, issue-date, action, action-date }; issue/action may hold HTML, action and
// action-date may be null (https://data.police.uk/docs/method/neighbourhood-priorities/).
import * as v from 'valibot';
import { escapeHtml } from './html-text';
import { check, type FieldIssue } from './validation';

const NullableText = v.nullable(v.string('must be text or null'));
const PoliceDate = v.nullable(
  v.pipe(
    v.string('must be a date-time or null'),
    v.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'must be a date such as 2018-09-20T00:00:00'),
  ),
);

export const PoliceUkPrioritySchema = v.object({
  issue: NullableText,
  'issue-date': PoliceDate,
  action: v.optional(NullableText, null),
  'action-date': v.optional(PoliceDate, null),
});
export type PoliceUkPriority = v.InferOutput<typeof PoliceUkPrioritySchema>;

/** A police.uk priority as plain text, ready to become a meeting item. */
export interface ImportedPriority {
  readonly issue: string;
  readonly issueDate: string | null;
  readonly action: string | null;
  readonly actionDate: string | null;
}

export const MAX_IMPORTED = 50;

export type ImportResult = { ok: true; items: ImportedPriority[] } | { ok: false; issues: FieldIssue[] };

/** Turns an HTML fragment into plain text with a real parser: htmlparser2 on the server
 * (html-parse.ts), the browser's own inert DOMParser on the device (no extra bytes to download). */
export type HtmlToText = (html: string) => string;

/** Accepts the API's array, or a single item as the examples hold. Items with no issue text are skipped. */
export function importPoliceUkPriorities(input: unknown, htmlToText: HtmlToText): ImportResult {
  const list = Array.isArray(input) ? input : [input];
  if (list.length > MAX_IMPORTED)
    return {
      ok: false,
      issues: [{ path: '(file)', message: `at most ${MAX_IMPORTED} priorities can be imported` }],
    };
  const items: ImportedPriority[] = [];
  const issues: FieldIssue[] = [];
  list.forEach((raw, i) => {
    const one = check(PoliceUkPrioritySchema, raw);
    if (!one.ok) {
      issues.push(...one.issues.map((x) => ({ path: `[${i}].${x.path}`, message: x.message })));
      return;
    }
    const issue = htmlToText(one.value.issue ?? '');
    if (!issue) return;
    const action = one.value.action === null ? '' : htmlToText(one.value.action);
    items.push({
      issue,
      issueDate: dateOnly(one.value['issue-date']),
      action: action || null,
      actionDate: action ? dateOnly(one.value['action-date']) : null,
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, items };
}

const dateOnly = (value: string | null): string | null => (value ? value.slice(0, 10) : null);

export interface AgreedForExport {
  readonly issue: string;
  readonly meetingDate: string;
  readonly action: string | null;
  readonly actionDate: string | null;
}

/** Agreed priorities in police.uk's shape (meeting records and the summary's police-uk export);
 * text is escaped because readers may render it as HTML. */
export function toPoliceUk(items: readonly AgreedForExport[]): PoliceUkPriority[] {
  return items.map((item) => ({
    issue: `<p>${escapeHtml(item.issue)}</p>`,
    'issue-date': `${item.meetingDate.slice(0, 10)}T00:00:00`,
    action: item.action ? `<p>${escapeHtml(item.action)}</p>` : null,
    'action-date': item.action && item.actionDate ? `${item.actionDate.slice(0, 10)}T00:00:00` : null,
  }));
}

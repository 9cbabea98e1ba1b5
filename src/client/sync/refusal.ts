// The one place a refusal from the consultation store becomes words for a person: the
// server's error body (src/server/errors.ts: { error, message, issues? }) turned into plain
// sentences, with field issues kept by path so a form can show each beside its field.
import type { ErrorBody } from '../../domain/sync-protocol';
import type { FieldIssue } from '../../domain/validation';
import type { FileResult, HttpResult } from './http';

export interface Refusal {
  readonly status: number;
  /** Every problem as sentences a person reads. */
  readonly message: string;
  /** The store's field issues, each message a plain sentence; empty when it named no field. */
  readonly issues: readonly FieldIssue[];
}

export const UNREACHABLE = 'The consultation store cannot be reached. Check your connection and try again.';
export const REFUSED = 'The consultation store could not do this. Try again, or reload the page.';

/**
 * The store's own wording where it names a field by its code or leaves the field out, in the
 * words of the form. Matched on the whole message.
 */
const SENTENCES: readonly (readonly [RegExp, string])[] = [
  [/^say why it is not possible$/, 'Say why it is not possible.'],
  [/^say what was done$/, 'Say what was done.'],
  [/^reason must say why \(at least 3 characters\)$/, 'Give a reason of at least 3 characters.'],
  [/^reason must be text$/, 'Give a reason.'],
  [/^into must be a priority id$/, 'Choose the priority to keep.'],
  [/^username is required$/, 'Enter your username.'],
  [/^password is required$/, 'Enter your password.'],
  [
    /^The text may hold personal details \((.+)\): redact them, or confirm none remain with personalDetailsChecked, before publishing\.$/,
    'The text may hold personal details: redact them, or confirm that none remain, before approving.',
  ],
];

/** One message from the store as a sentence: known wordings replaced, the rest capitalised and ended. */
export function plainSentence(text: string): string {
  const bare = text.trim().replace(/^Invalid request:\s*/, '');
  for (const [pattern, sentence] of SENTENCES) if (pattern.test(bare)) return sentence;
  if (!bare) return REFUSED;
  const capital = bare.charAt(0).toUpperCase() + bare.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

const isIssue = (x: unknown): x is FieldIssue =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as FieldIssue).path === 'string' &&
  typeof (x as FieldIssue).message === 'string';

/** The sentences for a failed answer (any answer but 'ok'). */
export function explainRefusal(
  answer:
    | Exclude<HttpResult<unknown>, { kind: 'ok' }>
    | Exclude<FileResult, { kind: 'ok' }>
    | { kind: 'retryable'; status: number },
): Refusal {
  if (answer.kind === 'retryable') return { status: answer.status, message: UNREACHABLE, issues: [] };
  const body = (answer.body ?? {}) as Partial<ErrorBody> & { issues?: unknown };
  const issues = (Array.isArray(body.issues) ? body.issues.filter(isIssue) : []).map((i) => ({
    path: i.path,
    message: plainSentence(i.message),
  }));
  if (issues.length > 0) {
    const unique = [...new Set(issues.map((i) => i.message))];
    return { status: answer.status, message: unique.join(' '), issues };
  }
  const message = typeof body.message === 'string' ? plainSentence(body.message) : REFUSED;
  return { status: answer.status, message, issues: [] };
}

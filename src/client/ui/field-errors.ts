// Form errors the GOV.UK way, shared by every form that validates: each problem is one
// sentence, shown beside its field (tied by aria-describedby, the field marked aria-invalid)
// and, in the same words, as a link in the error summary that takes focus on a failed submit.
import { type Accessor, createSignal } from 'solid-js';
import type { FieldIssue } from '../../domain/validation';

/** One line of the error summary: the sentence and, when it belongs to a field, that field's id. */
export interface SummaryLine {
  readonly message: string;
  readonly fieldId?: string;
}

/** The id of the inline message beside a field. */
export const errorId = (fieldId: string) => `${fieldId}-error`;

export interface FormErrors {
  /** Every issue of the last failed submit (empty once it succeeds). */
  readonly issues: Accessor<readonly FieldIssue[]>;
  /** Counts failed submits: the summary takes focus each time it changes. */
  readonly attempt: Accessor<number>;
  /** Shows these issues and moves focus to the summary (nothing to show clears it). */
  show(issues: readonly FieldIssue[]): void;
  clear(): void;
  /** The sentence for the field at `path` (or a path below it), or ''. */
  messageFor(path: string): string;
  /** aria-invalid and aria-describedby for the field at `path`, with any hint ids first. */
  fieldProps(
    path: string,
    ...hintIds: string[]
  ): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** The summary's lines: field issues link to their field, the rest are plain sentences. */
  summary(): SummaryLine[];
}

const belongsTo = (issuePath: string, path: string) =>
  issuePath === path || issuePath.startsWith(`${path}.`) || issuePath.startsWith(`${path}[`);

/**
 * `fields` maps an issue path (as the schema or the store names it, e.g. 'themeKey') to the id
 * of the control a person fixes it in, in the order the fields appear on the form.
 */
export function createFormErrors(fields: Record<string, string>): FormErrors {
  const [issues, setIssues] = createSignal<readonly FieldIssue[]>([]);
  const [attempt, setAttempt] = createSignal(0);
  const order = Object.keys(fields);
  const fieldOf = (issuePath: string) => order.find((path) => belongsTo(issuePath, path));
  const messageFor = (path: string) => issues().find((i) => belongsTo(i.path, path))?.message ?? '';

  return {
    issues,
    attempt,
    show(next) {
      setIssues(next);
      if (next.length > 0) setAttempt((n) => n + 1);
    },
    clear: () => setIssues([]),
    messageFor,
    fieldProps(path, ...hintIds) {
      const invalid = messageFor(path) !== '';
      const ids = [...hintIds, ...(invalid && fields[path] ? [errorId(fields[path])] : [])];
      return { 'aria-invalid': invalid || undefined, 'aria-describedby': ids.join(' ') || undefined };
    },
    summary() {
      const lines: SummaryLine[] = [];
      const seen = new Set<string>();
      // Field problems first, in the order of the form, one line per field; then the rest.
      for (const path of order) {
        const message = messageFor(path);
        if (message) lines.push({ message, fieldId: fields[path] });
      }
      for (const issue of issues()) {
        if (fieldOf(issue.path) || seen.has(issue.message)) continue;
        seen.add(issue.message);
        lines.push({ message: issue.message });
      }
      return lines;
    },
  };
}

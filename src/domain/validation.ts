// Turns schema issues into messages that name the field and the reason.
import * as v from 'valibot';

export interface FieldIssue {
  /** Dotted path with indexes, e.g. `priorities[0].description`. */
  readonly path: string;
  readonly message: string;
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({ path: issuePath(issue) || '(body)', message: issue.message }));
}

export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}

/** A page size in a query string: a whole number from 1 to `max`. */
export const pageLimitSchema = (max: number) =>
  v.pipe(
    v.string(),
    v.transform(Number),
    v.integer('limit must be a whole number'),
    v.minValue(1, 'limit must be at least 1'),
    v.maxValue(max, `limit must be at most ${max}`),
  );

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

export function check<S extends v.GenericSchema>(schema: S, input: unknown): Checked<v.InferOutput<S>> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, issues: toFieldIssues(result.issues) };
}

// Checks a summary period (from/to dates), shared by the summary endpoint and the CLI.
import type { FieldIssue } from '../domain/validation';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export type RangeCheck = { ok: true; from: string; to: string } | { ok: false; issues: FieldIssue[] };

export function checkSummaryRange(from: unknown, to: unknown): RangeCheck {
  const issues: FieldIssue[] = [];
  for (const [path, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (typeof value !== 'string' || value === '')
      issues.push({ path, message: `${path} is required (YYYY-MM-DD)` });
    else if (!isRealDate(value)) issues.push({ path, message: `${path} must be a date as YYYY-MM-DD` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const f = from as string;
  const t = to as string;
  if (f > t) return { ok: false, issues: [{ path: 'from', message: 'from must be on or before to' }] };
  return { ok: true, from: f, to: t };
}

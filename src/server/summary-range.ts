// Checks a summary request (CSP codes, period, optional comparison period), shared by the
// summary endpoint, the export endpoint and the CLI. Issues name the field as the caller spelt it.
import { CspCodeSchema } from '../domain/priority';
import type { Period } from '../domain/summary';
import { check, type FieldIssue } from '../domain/validation';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A county strategy group is a handful of CSPs; more than this is a mistake. */
export const MAX_CSPS = 20;

function isRealDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export type RangeCheck = { ok: true; from: string; to: string } | { ok: false; issues: FieldIssue[] };

/** `names` are how the caller calls the two fields (e.g. compare-from / compare-to). */
export function checkSummaryRange(
  from: unknown,
  to: unknown,
  names: readonly [string, string] = ['from', 'to'],
): RangeCheck {
  const issues: FieldIssue[] = [];
  for (const [path, value] of [
    [names[0], from],
    [names[1], to],
  ] as const) {
    if (typeof value !== 'string' || value === '')
      issues.push({ path, message: `${path} is required (YYYY-MM-DD)` });
    else if (!isRealDate(value)) issues.push({ path, message: `${path} must be a date as YYYY-MM-DD` });
  }
  if (issues.length > 0) return { ok: false, issues };
  const f = from as string;
  const t = to as string;
  if (f > t)
    return {
      ok: false,
      issues: [{ path: names[0], message: `${names[0]} must be on or before ${names[1]}` }],
    };
  return { ok: true, from: f, to: t };
}

export type CspListCheck = { ok: true; codes: string[] } | { ok: false; issues: FieldIssue[] };

/** "E22000321" or "E22000321,E22000359": one CSP or a county strategy group. */
export function checkCspList(value: unknown, path = 'csp'): CspListCheck {
  if (typeof value !== 'string' || value.trim() === '')
    return { ok: false, issues: [{ path, message: `${path} is required (a CSP code such as E22000321)` }] };
  const codes = [
    ...new Set(
      value
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length > MAX_CSPS)
    return { ok: false, issues: [{ path, message: `${path} may list at most ${MAX_CSPS} CSPs` }] };
  const bad = codes.filter((c) => !check(CspCodeSchema, c).ok);
  if (bad.length > 0 || codes.length === 0)
    return {
      ok: false,
      issues: [{ path, message: `${path} must be ONS CSP codes such as E22000321, got "${bad.join(', ')}"` }],
    };
  return { ok: true, codes };
}

export interface SummaryRequestCheck {
  readonly cspCodes: string[];
  readonly period: Period;
  readonly comparison?: Period;
}

export interface SummaryRequestRaw {
  readonly csp: unknown;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly compareFrom?: unknown;
  readonly compareTo?: unknown;
}

/** Checks everything at once so a caller hears about every mistake in one answer. */
export function checkSummaryRequest(
  raw: SummaryRequestRaw,
  names = { csp: 'csp', from: 'from', to: 'to', compareFrom: 'compareFrom', compareTo: 'compareTo' },
): { ok: true; value: SummaryRequestCheck } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const csps = checkCspList(raw.csp, names.csp);
  if (!csps.ok) issues.push(...csps.issues);
  const period = checkSummaryRange(raw.from, raw.to, [names.from, names.to]);
  if (!period.ok) issues.push(...period.issues);
  let comparison: Period | undefined;
  const given = (v: unknown) => v !== undefined && v !== '';
  if (given(raw.compareFrom) || given(raw.compareTo)) {
    const c = checkSummaryRange(raw.compareFrom, raw.compareTo, [names.compareFrom, names.compareTo]);
    if (!c.ok) issues.push(...c.issues);
    else comparison = { from: c.from, to: c.to };
  }
  if (issues.length > 0 || !csps.ok || !period.ok) return { ok: false, issues };
  return {
    ok: true,
    value: { cspCodes: csps.codes, period: { from: period.from, to: period.to }, comparison },
  };
}

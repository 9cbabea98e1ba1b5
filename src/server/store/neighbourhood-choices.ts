// A priority placed in a police neighbourhood chosen from the list must name one its CSP lists
// (the list devices are served): checked on every record the store receives, a push's records
// one by one and a meeting bundle's as a whole. Records with other places cost nothing here.
import { type Priority, unlistedNeighbourhood } from '../../domain/priority';
import type { RecordCheck } from '../../domain/priority-record';
import type { FieldIssue } from '../../domain/validation';
import type { Db } from '../db/tables';
import { listedNeighbourhoodCodes } from './neighbourhoods';

const choosesNeighbourhood = (p: Priority) => p.place.kind === 'neighbourhood';

/** One answer per priority: the issue when it names a neighbourhood its CSP does not list. */
async function neighbourhoodIssues(
  db: Db,
  priorities: readonly Priority[],
): Promise<(FieldIssue | undefined)[]> {
  const lists = new Map<string, ReadonlySet<string>>();
  const out: (FieldIssue | undefined)[] = [];
  for (const p of priorities) {
    if (!choosesNeighbourhood(p)) {
      out.push(undefined);
      continue;
    }
    const listed = lists.get(p.cspCode) ?? (await listedNeighbourhoodCodes(db, p.cspCode));
    lists.set(p.cspCode, listed);
    out.push(unlistedNeighbourhood(p.place, p.cspCode, listed));
  }
  return out;
}

/** A push's checks, with each record naming a neighbourhood its CSP does not list rejected. */
export async function checkNeighbourhoodChoices(
  db: Db,
  checks: readonly RecordCheck[],
): Promise<RecordCheck[]> {
  if (!checks.some((c) => c.ok && choosesNeighbourhood(c.value))) return [...checks];
  const issues = await neighbourhoodIssues(
    db,
    checks.flatMap((c) => (c.ok ? [c.value] : [])),
  );
  let next = 0;
  return checks.map((c): RecordCheck => {
    if (!c.ok) return c;
    const issue = issues[next++];
    return issue
      ? {
          ok: false,
          result: {
            kind: 'priority',
            id: c.value.id,
            status: 'rejected',
            code: 'invalid',
            reason: `${issue.path}: ${issue.message}`,
          },
        }
      : c;
  });
}

/** A meeting bundle's priorities naming a neighbourhood their CSP does not list, by field. */
export async function bundleNeighbourhoodIssues(
  db: Db,
  priorities: readonly Priority[],
): Promise<FieldIssue[]> {
  if (!priorities.some(choosesNeighbourhood)) return [];
  return (await neighbourhoodIssues(db, priorities)).flatMap((issue, i) =>
    issue ? [{ path: `priorities[${i}].${issue.path}`, message: issue.message }] : [],
  );
}

// Precision and recall of the personal-details detector on the test corpus (including the
// cases marked hard, which the unit tests do not require), per kind and overall, and its speed.
import {
  findPersonalDetails,
  PERSONAL_DETAIL_KINDS,
  type PersonalDetailKind,
} from '../src/domain/personal-details';
import { PERSONAL_DETAILS_CORPUS } from '../tests/domain/personal-details.corpus';
import { formatNumber, median, table, timeRuns, writeSection } from './report';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function score(): Map<PersonalDetailKind | 'all', Tally> {
  const tallies = new Map<PersonalDetailKind | 'all', Tally>(
    [...PERSONAL_DETAIL_KINDS, 'all' as const].map((k) => [k, { tp: 0, fp: 0, fn: 0 }]),
  );
  const add = (kind: PersonalDetailKind, field: keyof Tally) => {
    tallies.get(kind)![field]++;
    tallies.get('all')![field]++;
  };
  for (const c of PERSONAL_DETAILS_CORPUS) {
    const expected = c.details.map(([kind, text]) => {
      const start = c.text.indexOf(text);
      return { kind, start, end: start + text.length, hit: false };
    });
    for (const d of findPersonalDetails(c.text)) {
      const match = expected.find((e) => !e.hit && e.kind === d.kind && overlaps(e, d));
      if (match) {
        match.hit = true;
        add(d.kind, 'tp');
      } else add(d.kind, 'fp');
    }
    for (const e of expected) if (!e.hit) add(e.kind, 'fn');
  }
  return tallies;
}

const ratio = (n: number, d: number) => (d === 0 ? '–' : `${formatNumber((100 * n) / d, 1)}%`);

export async function run(): Promise<void> {
  const tallies = score();
  const rows = [...tallies].map(([kind, t]) => [
    kind,
    t.tp,
    t.fp,
    t.fn,
    ratio(t.tp, t.tp + t.fp),
    ratio(t.tp, t.tp + t.fn),
  ]);
  const texts = PERSONAL_DETAILS_CORPUS.map((c) => c.text);
  const runs = await timeRuns(50, () => {
    for (const t of texts) findPersonalDetails(t);
  });
  const positives = PERSONAL_DETAILS_CORPUS.filter((c) => c.details.length > 0).length;
  const hard = PERSONAL_DETAILS_CORPUS.filter((c) => c.hard).length;
  writeSection(
    'personal-details',
    'Personal-details detector: precision and recall',
    `The corpus in tests/domain/personal-details.corpus.ts: ${PERSONAL_DETAILS_CORPUS.length} descriptions
(${positives} with personal details, ${PERSONAL_DETAILS_CORPUS.length - positives} without), including
${hard} marked hard (spelled-out numbers and addresses, names without a title) that the
detector is known to miss. A found detail counts as a true positive when it overlaps an
expected detail of the same kind.

${table(['kind', 'true +', 'false +', 'missed', 'precision', 'recall'], rows)}

Speed: ${formatNumber((1000 * median(runs)) / texts.length, 1)} µs per description (median of 50 passes over the corpus).`,
  );
}

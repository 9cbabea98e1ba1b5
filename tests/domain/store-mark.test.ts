// The store-mark rules, alone and as a model of a store's life: confirmations, periodic writes of
// how far answers are on disk, graceful restarts, crashes, backups and restores, and a device
// that pulls at any moment. The store may never say "still held" while a record it confirmed to
// the device is gone; and with no crash or restore it never makes the device start over.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatStoreMark,
  keptStoreMarks,
  MAX_HELD_MARKS,
  markStillHeld,
  parseStoreMark,
  parseStoreMarks,
  STORE_MARK_PATTERN,
  STORE_MARKS_PATTERN,
} from '../../src/domain/store-mark';

const run = fc.stringMatching(/^[0-9a-f]{16}$/);
const at = fc.nat({ max: 10 ** 12 });

describe('store marks', () => {
  it('format and parse are inverse, and every mark matches the pattern the pull accepts', () => {
    fc.assert(
      fc.property(run, at, (generation, ms) => {
        const text = formatStoreMark({ generation, at: ms });
        expect(text).toMatch(STORE_MARK_PATTERN);
        expect(parseStoreMark(text)).toEqual({ generation, at: ms });
      }),
    );
  });

  it('refuses what no store issued', () => {
    for (const bad of ['', '.', 'abc', 'abc.', '.12', 'ABC.1', 'a b.1', 'abc.1.2', `${'a'.repeat(33)}.1`]) {
      expect(parseStoreMark(bad)).toBeUndefined();
    }
  });

  it('keeps the newest answer of each run heard, oldest run first, and no more than the pull takes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(12), at), { minLength: 1, maxLength: 40 }), (heard) => {
        // Runs follow one another, and so do the answers of one run.
        const inOrder = [...heard]
          .sort(([r1, a1], [r2, a2]) => r1 - r2 || a1 - a2)
          .map(([r, ms]) => formatStoreMark({ generation: `run${r}`, at: ms }));
        const kept = inOrder.reduce<string | undefined>(
          (held, mark) => keptStoreMarks(held, mark),
          undefined,
        );
        const runs = [...new Set(heard.map(([r]) => r))].sort((a, b) => a - b);
        const newest = runs.map((r) =>
          formatStoreMark({
            generation: `run${r}`,
            at: Math.max(...heard.filter(([x]) => x === r).map(([, m]) => m)),
          }),
        );
        expect(kept).toBe(newest.slice(-MAX_HELD_MARKS).join(','));
        expect(kept).toMatch(STORE_MARKS_PATTERN);
        expect(parseStoreMarks(kept as string)).toHaveLength(Math.min(runs.length, MAX_HELD_MARKS));
      }),
    );
  });

  it('an answer from another run is added to the held marks, never put in their place', () => {
    fc.assert(
      fc.property(run, run, at, at, (a, b, x, y) => {
        fc.pre(a !== b);
        const held = formatStoreMark({ generation: a, at: x });
        const heard = formatStoreMark({ generation: b, at: y });
        expect(keptStoreMarks(held, heard)).toBe(`${held},${heard}`);
      }),
    );
  });

  it('a pull sending more marks than a device keeps, or any not from a store, is refused', () => {
    const nine = Array.from({ length: MAX_HELD_MARKS + 1 }, (_, i) => `run${i}.1`).join(',');
    expect(parseStoreMarks(nine)).toBeUndefined();
    expect(STORE_MARKS_PATTERN.test(nine)).toBe(false);
    expect(parseStoreMarks('run1.1,,run2.2')).toBeUndefined();
    expect(parseStoreMarks('run1.1,DROP.2')).toBeUndefined();
  });

  it('holds a mark of the running store, or of an earlier run from before its last write', () => {
    expect(markStillHeld({ generation: 'a', at: 99 }, 'a', undefined)).toBe(true);
    expect(markStillHeld({ generation: 'a', at: 99 }, 'b', undefined)).toBe(false);
    expect(markStillHeld({ generation: 'a', at: 99 }, 'b', { seenUntil: 100 })).toBe(true);
    // The same millisecond as the write: that answer may have been composed after it began.
    expect(markStillHeld({ generation: 'a', at: 100 }, 'b', { seenUntil: 100 })).toBe(false);
  });
});

// A model of the store and one device, event by event.
type Event =
  | {
      kind: 'confirm' | 'other-write' | 'write-progress' | 'pull' | 'backup' | 'restart' | 'crash';
      dt: number;
    }
  | { kind: 'restore'; backup: number; dt: number };

const plainEvents = ['confirm', 'other-write', 'write-progress', 'pull', 'restart'] as const;
const dt = fc.nat(2); // answers and writes may fall in one millisecond
/** Each kind of event equally likely, in histories long enough to hold a backup and a restore. */
const history = (kinds: readonly Event['kind'][], min: number, max: number): fc.Arbitrary<Event[]> => {
  const one = fc.oneof(
    ...kinds.map(
      (kind): fc.Arbitrary<Event> =>
        kind === 'restore'
          ? fc.record({ kind: fc.constant('restore' as const), backup: fc.nat(3), dt })
          : fc.record({ kind: fc.constant(kind), dt }),
    ),
  );
  return fc.integer({ min, max }).chain((n) => fc.array(one, { minLength: n, maxLength: n }));
};

interface Run {
  id: string;
  clock: number;
  answered: boolean;
}
interface Snapshot {
  records: Set<string>;
  runs: Map<string, number>;
}

function simulate(events: readonly Event[]): { falseHolds: number; startOvers: number } {
  let nextRun = 0;
  let nextRecord = 0;
  const newRun = (): Run => ({ id: (nextRun++).toString(16).padStart(16, '0'), clock: 0, answered: false });
  let records = new Set<string>();
  let runs = new Map<string, number>();
  let current = newRun();
  runs.set(current.id, 0);
  const backups: Snapshot[] = [];
  const confirmed = new Set<string>();
  let held: string | undefined;
  let falseHolds = 0;
  let startOvers = 0;

  const answer = () => {
    current.answered = true;
    return formatStoreMark({ generation: current.id, at: current.clock });
  };
  const writeProgress = (final = false) => runs.set(current.id, current.clock + (final ? 1 : 0));
  const start = () => {
    current = newRun();
    runs.set(current.id, 0);
  };

  for (const e of events) {
    current.clock += e.dt; // answers and writes may fall in one millisecond
    switch (e.kind) {
      case 'confirm': {
        const id = `r${nextRecord++}`;
        records.add(id); // committed before the answer is composed
        confirmed.add(id);
        held = keptStoreMarks(held, answer());
        break;
      }
      case 'other-write':
        records.add(`x${nextRecord++}`);
        break;
      case 'write-progress':
        if (current.answered) {
          current.answered = false;
          writeProgress();
        }
        break;
      case 'backup':
        backups.push({ records: new Set(records), runs: new Map(runs) });
        break;
      case 'restart':
        writeProgress(true); // at shutdown, with no answer in flight
        start();
        break;
      case 'crash':
        start();
        break;
      case 'restore': {
        const from = backups[e.backup % Math.max(1, backups.length)];
        if (!from) break;
        records = new Set(from.records);
        runs = new Map(from.runs);
        start();
        break;
      }
      case 'pull': {
        const marks = held ? (parseStoreMarks(held) ?? []) : [];
        const stillHeld = marks.every((mark) => {
          const earlier = runs.get(mark.generation);
          return markStillHeld(mark, current.id, earlier === undefined ? undefined : { seenUntil: earlier });
        });
        const lost = [...confirmed].some((id) => !records.has(id));
        if (stillHeld && lost) falseHolds++;
        if (!stillHeld) {
          startOvers++;
          for (const id of confirmed) records.add(id); // sent again: stored, or a duplicate
        }
        held = answer(); // the pull's own mark replaces the ones sent
        break;
      }
    }
  }
  return { falseHolds, startOvers };
}

describe('store marks over a store’s life', () => {
  it('a store that lost a confirmed record never tells the device it still holds everything', () => {
    fc.assert(
      fc.property(history([...plainEvents, 'backup', 'crash', 'restore'], 6, 24), (events) => {
        expect(simulate(events).falseHolds).toBe(0);
      }),
      { numRuns: 10_000 },
    );
  });

  it('graceful restarts alone never make the device start over', () => {
    fc.assert(
      fc.property(history(plainEvents, 1, 40), (events) => {
        expect(simulate(events).startOvers).toBe(0);
      }),
      { numRuns: 1_000 },
    );
  });

  it('finds the restore that the first cursor hides: confirmed, never pulled, restored', () => {
    const steps: Event[] = [
      { kind: 'backup', dt: 1 },
      { kind: 'confirm', dt: 1 },
      { kind: 'write-progress', dt: 1 },
      { kind: 'restart', dt: 1 },
      { kind: 'restore', backup: 0, dt: 1 },
      { kind: 'confirm', dt: 1 }, // a push answered by the restored store first
      { kind: 'pull', dt: 1 },
    ];
    expect(simulate(steps).startOvers).toBe(1);
  });

  it('a restart between the last pull and the backup does not hide the restore', () => {
    const steps: Event[] = [
      { kind: 'pull', dt: 1 }, // the device holds the first run's mark
      { kind: 'restart', dt: 1 },
      { kind: 'backup', dt: 1 },
      { kind: 'confirm', dt: 1 }, // confirmed by the second run, after the backup; pulls fail
      { kind: 'restore', backup: 0, dt: 1 },
      { kind: 'pull', dt: 1 },
    ];
    expect(simulate(steps)).toEqual({ falseHolds: 0, startOvers: 1 });
  });
});

// The store mark: which run of the consultation store ("generation") answered a device, and when
// by that run's own clock. Every sync answer carries one (header `store-mark`); the device keeps
// the newest of each run it hears and sends them back with its pull. A device that has never
// completed a pull has no cursor to give the store away, so the marks are what let the store
// answer "start over" when it may have lost what it confirmed (restored from a backup taken
// earlier, or replaced).
//
// Why a run and a time: a restored backup holds the runs it knew and, for each, how far its
// answers were known to be on disk (`seenUntil`, written every few seconds and at shutdown).
// A mark from a run the store does not know, or from after that point, may name lost records.

/** Response header on every sync answer. */
export const STORE_MARK_HEADER = 'store-mark';
const MARK = '[0-9a-z]{1,32}\\.\\d{1,15}';
export const STORE_MARK_PATTERN = new RegExp(`^${MARK}$`);
/** Runs a device remembers between pulls; more would need that many restarts with no pull. */
export const MAX_HELD_MARKS = 8;
/** What the pull sends back as `marks`: the held marks, oldest run first, comma-separated. */
export const STORE_MARKS_PATTERN = new RegExp(`^${MARK}(,${MARK}){0,${MAX_HELD_MARKS - 1}}$`);

export interface StoreMark {
  /** The store run (generation) that answered. */
  readonly generation: string;
  /** Milliseconds since that run began, by its monotonic clock, when it answered. */
  readonly at: number;
}

export const formatStoreMark = (mark: StoreMark): string => `${mark.generation}.${mark.at}`;

export function parseStoreMark(text: string): StoreMark | undefined {
  if (!STORE_MARK_PATTERN.test(text)) return undefined;
  const [generation = '', at = ''] = text.split('.');
  return { generation, at: Number(at) };
}

/** The marks a pull sent, or undefined if any is not one a store issues. */
export function parseStoreMarks(text: string): StoreMark[] | undefined {
  const marks = text.split(',').map(parseStoreMark);
  return marks.every((m) => m !== undefined) && marks.length <= MAX_HELD_MARKS
    ? (marks as StoreMark[])
    : undefined;
}

/**
 * The marks a device keeps when it hears `heard` while holding `held`: the newest answer of each
 * run it has heard since its last pull (answers come one at a time, under its sync lock, so the
 * one heard last is the newest). Another run's answer is added, never put in place of the held
 * ones: a push answered by a restored store must not hide from the next pull that the run before
 * it confirmed something the restore lost. Only the pull's answer replaces them all.
 */
export function keptStoreMarks(held: string | undefined, heard: string): string {
  const run = heard.split('.')[0];
  const others = held ? held.split(',').filter((m) => m.split('.')[0] !== run) : [];
  return [...others, heard].slice(-MAX_HELD_MARKS).join(',');
}

/** What the store knows of an earlier run: how far its answers were known to be on disk. */
export interface EarlierRun {
  readonly seenUntil: number;
}

/**
 * Whether everything a device heard up to `mark` is still in the store: the mark is from the
 * running generation, or from an earlier one the store knows, before that run's last
 * `seenUntil` reached the disk. Anything else (an unknown run, or later) must start over.
 */
export function markStillHeld(mark: StoreMark, current: string, earlier: EarlierRun | undefined): boolean {
  if (mark.generation === current) return true;
  return earlier !== undefined && mark.at < earlier.seenUntil;
}

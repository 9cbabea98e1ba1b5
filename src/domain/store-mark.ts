// The store mark: which run of the consultation store ("generation") last answered a device, and
// when by that run's own clock. Every sync answer carries one (header `store-mark`); the device
// keeps it and sends it back with its pull. A device that has never completed a pull has no
// cursor to give the store away, so the mark is what lets the store answer "start over" when it
// may have lost what it confirmed (restored from a backup taken earlier, or replaced).
//
// Why a run and a time: a restored backup holds the runs it knew and, for each, how far its
// answers were known to be on disk (`seenUntil`, written every few seconds and at shutdown).
// A mark from a run the store does not know, or from after that point, may name lost records.

/** Response header on every sync answer; the pull sends the same value back as `mark`. */
export const STORE_MARK_HEADER = 'store-mark';
export const STORE_MARK_PATTERN = /^[0-9a-z]{1,32}\.\d{1,15}$/;

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

/**
 * The mark a device keeps when it hears `heard` while holding `held`. Within one run the newer
 * answer wins (a device hears its sync answers one at a time, under its sync lock). An answer
 * from another run never replaces a held mark: only the pull, which asks the store about the
 * held one, may (otherwise a push answered by a restored store would hide the restore from the
 * pull that follows it).
 */
export const keptStoreMark = (held: string | undefined, heard: string): string =>
  held && held.split('.')[0] !== heard.split('.')[0] ? held : heard;

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

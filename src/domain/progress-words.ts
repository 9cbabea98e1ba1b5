// The one rule for what an officer's "you said, we did" words may leave the store: the public
// feed, the public agenda, the consultation summary and the responses pull to authors and
// backers all send progress through it, so no route can send more than another.
import { findPersonalDetails } from './personal-details';
import type { PublicProgress } from './public';
import type { ResponseStatus } from './response-status';

export interface ProgressWords {
  readonly action: string;
  readonly reason: string;
}

/** Words of a staff display name that say nothing about who it is (titles, ranks, teams). */
const NOT_A_NAME_WORD = new Set(
  'pc pcso sgt sergeant insp inspector ch chief supt superintendent dc ds di dci constable officer police mr mrs ms miss mx dr cllr councillor the and team of'.split(
    ' ',
  ),
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Built once per list of names (a route reads the names once per request).
const namePatterns = new WeakMap<readonly string[], RegExp | null>();

function namePattern(staffNames: readonly string[]): RegExp | null {
  let pattern = namePatterns.get(staffNames);
  if (pattern !== undefined) return pattern;
  const words = new Set(
    staffNames.flatMap((n) =>
      n
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length >= 3 && !NOT_A_NAME_WORD.has(w)),
    ),
  );
  pattern =
    words.size === 0
      ? null
      : new RegExp(`(?<!\\p{L})(?:${[...words].map(escapeRegExp).join('|')})(?!\\p{L})`, 'iu');
  namePatterns.set(staffNames, pattern);
  return pattern;
}

/**
 * The officer's words as they may leave the store: both unchanged, or both empty so only the
 * status goes. Empty when the personal-details check finds anything in either, or either names
 * someone on the store's staff (any word of a display name other than a title or rank).
 *
 * All or nothing rather than removing what was found (as the agenda once did), because that is
 * the safer of the two: the detector finds patterns, not people, so the words around a found
 * detail are the likeliest place for the ones it missed ("Mrs Smith's lad at the end house"),
 * and words about a named person still point at them with the name cut out ("[removed] at
 * [removed] was given a warning", under a pin on the map). A detail in one of the two texts
 * withholds both: they are written together about the same case. The status alone still tells
 * residents what became of it, and a false alarm costs only the sentence.
 */
export function shareableProgressWords(
  words: ProgressWords,
  staffNames: readonly string[] = [],
): ProgressWords {
  const texts = [words.action, words.reason];
  const names = namePattern(staffNames);
  const unsafe = texts.some((t) => findPersonalDetails(t).length > 0 || (names?.test(t) ?? false));
  return unsafe ? { action: '', reason: '' } : { action: words.action, reason: words.reason };
}

/** A response as the public sees it: the status, the month (never the day or time) and the shareable words. */
export function publicProgress(
  response: ProgressWords & { readonly status: ResponseStatus; readonly respondedAt: string },
  staffNames: readonly string[] = [],
): PublicProgress {
  return {
    status: response.status,
    month: response.respondedAt.slice(0, 7),
    ...shareableProgressWords(response, staffNames),
  };
}

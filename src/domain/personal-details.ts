// Finds personal details in free text (descriptions, landmarks) so the device can offer to
// remove them before anything leaves it, and the store can flag what still arrives.
// Deliberately conservative: a missed detail is caught by moderation, a false alarm only
// costs a person one glance, so patterns favour what residents actually type.

export const PERSONAL_DETAIL_KINDS = ['phone', 'email', 'address', 'postcode', 'vehicle', 'name'] as const;
export type PersonalDetailKind = (typeof PERSONAL_DETAIL_KINDS)[number];

export interface PersonalDetail {
  readonly kind: PersonalDetailKind;
  /** Offsets into the text: text.slice(start, end) is what was found. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a removed detail becomes, so the sentence still reads and a moderator sees the gap. */
export const REMOVED = '[removed]';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// Digits with the separators people type. Whether it is a UK personal number is decided on
// the digits alone (see isPersonalPhone), so "0 7 7 0 0…" and "(01203) 123 456" both count.
const PHONE_CANDIDATE = /(?<![\w+(])(?:\+|00|\()?\d[\d ()-]{7,17}\d(?!\w)/g;

// Full postcodes only: an outward code alone ("CV11") is an area, not a home.
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi;

const STREET_TYPES =
  'street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|crescent|cres|court|ct|place|pl|grove|gardens|gdns|terrace|tce|walk|hill|row|square|sq|mews|parade|view|rise|green|park|croft|fields|meadow|vale|gate|gardens|wharf|yard';
// A house number, one to three name words, a street type: "14 Oak Road", "3a church lane".
const ADDRESS = new RegExp(
  `\\b\\d{1,4}[a-z]?,?\\s+((?:[a-z][a-z'’-]*\\s+){1,3})(?:${STREET_TYPES})\\b\\.?`,
  'gi',
);
// Welsh street names put the street word first: "14 Heol y Castell", "3 Stryd Fawr", "7 Lôn Las".
const WELSH_STREET_TYPES =
  'heol|hewl|stryd|ffordd|lôn|lon|cilgant|rhodfa|clos|teras|sgwâr|sgwar|cwrt|rhes|llwyn|maes|bryn|parc|gerddi';
const WELSH_ADDRESS = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,4}[a-z]?,?\\s+(?:${WELSH_STREET_TYPES})(?:\\s+[\\p{L}'’-]+){1,3}`,
  'giu',
);
// Where a Welsh street name ends: the English (or Welsh) words that follow it in a sentence.
const AFTER_STREET = new Set(
  'every each all at and or the is are was were has have near on in by outside opposite behind from to since after before a an of ac a ar yn wrth ger bob mae oedd gyda'.split(
    ' ',
  ),
);

// Words that show the number is a count or a speed, not a house: "30 mph road", "2 kids in the park".
const NOT_STREET_NAME = new Set(
  'the a an and or of in on at to by up down from past along across near this that my our your their every per mph miles mile km minutes mins min hours hrs times cars car kids children people lads youths houses doors yards metres feet nights days weeks years bins bikes dogs'.split(
    ' ',
  ),
);

// Current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D) registrations.
const VEHICLE_CURRENT = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/gi;
const VEHICLE_OLD = /\b(?:[A-Z]\d{1,3} ?[A-Z]{3}|[A-Z]{3} ?\d{1,3}[A-Z])\b/g;

// A title then a name. "Miss" and "Dr" only when capitalised ("I miss the bus", "Oak Dr").
const NAME =
  /(?:\b(?:[Mm][Rr][Ss]?|[Mm][Ss]|[Mm][Xx])\.?|\bMiss|(?<![A-Z][a-z]+ )\bDr\.?|\b(?:Sir|Dame|Lady|Lord|Cllr|Councillor|Rev|Revd|Cynghorydd|Parch))\s+([A-Za-z][A-Za-z'’-]+)(?:\s+([A-Z][a-z'’-]+))?/g;
const NOT_A_NAME = new Set('and or the a an to of at in on is was has had will'.split(' '));

function isPersonalPhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  let national: string;
  if (raw.startsWith('+44') || raw.startsWith('0044')) {
    national = `0${digits.slice(raw.startsWith('+') ? 2 : 4)}`;
  } else if (digits.startsWith('0')) national = digits;
  else return false;
  // 01/02 geographic and 07 mobile numbers belong to people and homes; 03, 080x and short
  // numbers such as 999, 101 and 111 are public services a description may rightly mention.
  return /^0[127]\d{8,9}$/.test(national) && !/^0(?:70|76)/.test(national);
}

function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) yield m;
}

const detail = (kind: PersonalDetailKind, start: number, text: string): PersonalDetail => ({
  kind,
  start,
  end: start + text.length,
  text,
});

function candidates(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  for (const m of matches(EMAIL, text)) found.push(detail('email', m.index, m[0]));
  for (const m of matches(PHONE_CANDIDATE, text)) {
    let raw = m[0].replace(/[\s(-]+$/, '');
    let at = m.index;
    // "(07700 900222)": the bracket wraps the number rather than an area code.
    if (raw.startsWith('(') && !raw.includes(')')) [raw, at] = [raw.slice(1), at + 1];
    if (isPersonalPhone(raw)) found.push(detail('phone', at, raw));
  }
  for (const m of matches(POSTCODE, text)) found.push(detail('postcode', m.index, m[0]));
  for (const m of matches(ADDRESS, text)) {
    const words = (m[1] ?? '').trim().toLowerCase().split(/\s+/);
    if (!words.some((w) => NOT_STREET_NAME.has(w))) found.push(detail('address', m.index, m[0]));
  }
  for (const m of matches(WELSH_ADDRESS, text)) {
    const words = m[0].split(/\s+/);
    // The number and street word, then name words up to the first that starts the sentence's rest.
    let keep = 2;
    while (keep < words.length && !AFTER_STREET.has((words[keep] ?? '').toLowerCase())) keep += 1;
    if (keep > 2) found.push(detail('address', m.index, words.slice(0, keep).join(' ')));
  }
  for (const m of matches(VEHICLE_CURRENT, text)) found.push(detail('vehicle', m.index, m[0]));
  for (const m of matches(VEHICLE_OLD, text)) found.push(detail('vehicle', m.index, m[0]));
  for (const m of matches(NAME, text)) {
    const first = (m[1] ?? '').toLowerCase();
    if (NOT_A_NAME.has(first)) continue;
    found.push(detail('name', m.index, m[0]));
  }
  return found;
}

/** Personal details in the text, in order, without overlaps (the longer of two overlapping wins). */
export function findPersonalDetails(text: string): PersonalDetail[] {
  const sorted = candidates(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalDetail[] = [];
  for (const d of sorted) {
    const last = out.at(-1);
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** The text with one found detail replaced by REMOVED. */
export function removePersonalDetail(text: string, found: Pick<PersonalDetail, 'start' | 'end'>): string {
  return `${text.slice(0, found.start)}${REMOVED}${text.slice(found.end)}`;
}

/** The text with every detail the detector finds replaced by REMOVED. */
export function removeAllPersonalDetails(text: string): string {
  return findPersonalDetails(text)
    .reverse()
    .reduce((out, d) => removePersonalDetail(out, d), text);
}

/** The distinct kinds found across several texts: what the store records as a moderation flag. */
export function personalDetailKinds(...texts: readonly (string | undefined)[]): PersonalDetailKind[] {
  const kinds = new Set(texts.flatMap((t) => (t ? findPersonalDetails(t).map((d) => d.kind) : [])));
  return PERSONAL_DETAIL_KINDS.filter((k) => kinds.has(k));
}

// The languages the app speaks, and how a catalogue file is laid out. No DOM, no Solid: the
// build plugin, the scripts and the app all read these.
export const LANGS = ['en', 'cy'] as const;
export type Lang = (typeof LANGS)[number];

/** What `<html lang>` and Intl use for each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy' };

/** Each language names itself in the switch, in its own language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', cy: 'Cymraeg' };

export interface CatalogueEntry {
  /** ICU MessageFormat text. */
  readonly message: string;
  /** For translators: where the text appears and what it must convey (English file only). */
  readonly note?: string;
  /** Welsh text not yet checked by a Welsh translator (see docs/languages.md). */
  readonly reviewed?: boolean;
}
export type CatalogueFile = Readonly<Record<string, CatalogueEntry>>;

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The language of an app path: `/cy/…` is Welsh, anything else English. */
export function langOfPath(pathname: string): Lang {
  return pathname === '/cy' || pathname.startsWith('/cy/') ? 'cy' : 'en';
}

/** The path without its language prefix: what the app's routes match. */
export function stripLang(pathname: string): string {
  if (pathname === '/cy') return '/';
  return pathname.startsWith('/cy/') ? pathname.slice(3) : pathname;
}

/** The same screen's path in a language. */
export function withLang(path: string, lang: Lang): string {
  const bare = stripLang(path);
  if (lang === 'en') return bare;
  return bare === '/' ? '/cy/' : `/cy${bare}`;
}

/** The first of the browser's languages the app speaks (Welsh for cy, cy-GB…), else English. */
export function preferredLang(browserLanguages: readonly string[]): Lang {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

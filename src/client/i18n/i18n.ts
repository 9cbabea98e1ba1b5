// The message catalogue as the app uses it: the current language, `t(key, values)` for every
// string a person reads or hears, and Intl number formats in that language. Each language's
// compiled catalogue is its own chunk, loaded on demand (and precached by the service worker).
import { createSignal } from 'solid-js';
import type en from './catalogue/en.json';
import { type Lang, LOCALES } from './languages';

export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number>>;
type Compiled = Readonly<Record<MessageKey, (values: MessageValues) => string>>;

const LOADERS: Record<Lang, () => Promise<{ default: Compiled }>> = {
  en: () => import('virtual:messages/en') as Promise<{ default: Compiled }>,
  cy: () => import('virtual:messages/cy') as Promise<{ default: Compiled }>,
};

const [lang, setLang] = createSignal<Lang>('en');
const [messages, setMessages] = createSignal<Compiled | null>(null);

/** The language the app is showing. */
export { lang };

/** Loads a language's catalogue and shows the app in it; `<html lang>` follows. */
export async function showLanguage(next: Lang): Promise<void> {
  const compiled = (await LOADERS[next]()).default;
  setMessages(() => compiled);
  setLang(next);
  if (typeof document !== 'undefined') document.documentElement.lang = LOCALES[next];
}

/** The text of a message in the current language (reactive: it changes with the language). */
export function t(key: MessageKey, values: MessageValues = {}): string {
  const compiled = messages();
  const message = compiled?.[key];
  // A key missing from a catalogue is caught by the parity test; never show a blank.
  return message ? message(values) : key;
}

/** A number as the current language writes it. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(LOCALES[lang()]).format(n);
}

/** The locale for Intl date formats in the current language. */
export function locale(): string {
  return LOCALES[lang()];
}

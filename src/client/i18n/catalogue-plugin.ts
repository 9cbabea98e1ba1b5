// Vite plugin: compiles each language's ICU MessageFormat catalogue to plain functions at build
// time (`import('virtual:messages/cy')`), so no message parser ships to the phone; plural rules
// are CLDR's, per language (Welsh has six forms).
import { readFileSync } from 'node:fs';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';
import { type CatalogueFile, LANGS, type Lang } from './languages.ts';

const PREFIX = 'virtual:messages/';
const RESOLVED = '\0messages:';

export const catalogueFile = (lang: Lang): URL => new URL(`./catalogue/${lang}.json`, import.meta.url);

/** The messages of one language's catalogue file, by key. */
export function readCatalogue(lang: Lang): Record<string, string> {
  const file = JSON.parse(readFileSync(catalogueFile(lang), 'utf8')) as CatalogueFile;
  return Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, entry.message]));
}

export function compileCatalogue(lang: Lang): string {
  // strict: an apostrophe is text, as translators type it ("don't", "y’r").
  const mf = new MessageFormat(lang, { strict: false });
  return compileModule(mf, readCatalogue(lang));
}

export function messageCatalogue(): Plugin {
  return {
    name: 'message-catalogue',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return null;
      const lang = id.slice(PREFIX.length);
      if (!(LANGS as readonly string[]).includes(lang)) return null;
      return `${RESOLVED}${lang}`;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const lang = id.slice(RESOLVED.length) as Lang;
      this.addWatchFile(catalogueFile(lang).pathname);
      return compileCatalogue(lang);
    },
  };
}

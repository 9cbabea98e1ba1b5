// The message catalogue: both languages hold exactly the same keys, every message parses as
// ICU MessageFormat with the same placeholders in both, plural messages give every CLDR form
// the language has (Welsh: zero, one, two, few, many, other), and no key is unused.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../src/client/i18n/catalogue-plugin';
import { LANGS } from '../../../src/client/i18n/languages';
import { DEFAULT_THEMES } from '../../../src/domain/taxonomy/themes';

const catalogues = Object.fromEntries(LANGS.map((l) => [l, readCatalogue(l)])) as Record<
  (typeof LANGS)[number],
  Record<string, string>
>;

/** Placeholder names and, for plural/select, the argument and its kind. */
function argumentsOf(tokens: readonly Token[], into = new Set<string>()): Set<string> {
  for (const token of tokens) {
    if (token.type === 'argument') into.add(token.arg);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      into.add(`${token.arg}:${token.type}`);
      for (const c of token.cases) argumentsOf(c.tokens, into);
    }
  }
  return into;
}

function pluralCases(tokens: readonly Token[]): string[][] {
  return tokens.flatMap((token) =>
    token.type === 'plural'
      ? [token.cases.map((c) => c.key), ...token.cases.flatMap((c) => pluralCases(c.tokens))]
      : token.type === 'select'
        ? token.cases.flatMap((c) => pluralCases(c.tokens))
        : [],
  );
}

describe('message catalogue', () => {
  it('has the same keys in English and Welsh', () => {
    expect(Object.keys(catalogues.cy).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it.each(Object.keys(catalogues.en))('%s has the same placeholders in both languages', (key) => {
    const en = argumentsOf(parse(catalogues.en[key] ?? '', { strict: false }));
    const cy = argumentsOf(parse(catalogues.cy[key] ?? '', { strict: false }));
    expect([...cy].sort()).toEqual([...en].sort());
  });

  it.each(LANGS)('every plural in %s gives each CLDR form the language has, and "other"', (lang) => {
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogues[lang])) {
      for (const cases of pluralCases(parse(message, { strict: false }))) {
        const named = cases.filter((c) => !c.startsWith('='));
        expect({ key, missing: forms.filter((f) => !named.includes(f)) }).toEqual({ key, missing: [] });
      }
    }
  });

  it('uses every key somewhere in the app', () => {
    const source: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) source.push(readFileSync(path, 'utf8'));
      }
    };
    walk(new URL('../../../src/client', import.meta.url).pathname);
    const all = source.join('\n');
    // Theme names are looked up by the theme's key (i18n/theme-text.ts): tested below instead.
    const unused = Object.keys(catalogues.en).filter(
      (key) => !key.startsWith('theme.') && !all.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });

  it('names every theme of the taxonomy in both languages, and no theme that does not exist', () => {
    const themes = DEFAULT_THEMES.map((t) => `theme.${t.key}`).sort();
    for (const lang of LANGS) {
      const named = Object.keys(catalogues[lang])
        .filter((k) => k.startsWith('theme.') && k !== 'theme.choose')
        .sort();
      expect(named).toEqual(themes);
    }
    // The English names are the taxonomy's own, so exports and the app say the same.
    for (const theme of DEFAULT_THEMES) expect(catalogues.en[`theme.${theme.key}`]).toBe(theme.label);
  });
});

describe('compiled catalogues', () => {
  it('give Welsh counts their plural forms for 0, 1, 2, 3, 6 and 11', async () => {
    const cy = (await import('virtual:messages/cy')).default;
    const notSent = cy['nav.notSent'];
    expect([0, 1, 2, 3, 6, 11].map((count) => notSent?.({ count }))).toEqual([
      '0 heb eu hanfon eto',
      '1 heb ei hanfon eto',
      '2 heb eu hanfon eto',
      '3 heb eu hanfon eto',
      '6 heb eu hanfon eto',
      '11 heb eu hanfon eto',
    ]);
    expect(new Intl.PluralRules('cy').select(6)).toBe('many');
  });

  it('build a whole sentence from one message, in each language', async () => {
    const en = (await import('virtual:messages/en')).default;
    const cy = (await import('virtual:messages/cy')).default;
    const values = { online: 'no', count: 3, age: 'minutes', n: 5 };
    expect(en['sync.waiting']?.(values)).toBe('Offline · 3 waiting to send (oldest 5 min ago)');
    expect(cy['sync.waiting']?.(values)).toBe('All-lein · 3 yn aros i’w hanfon (yr hynaf: 5 munud yn ôl)');
  });
});

// The translator's round trip: `npm run i18n:export [file]` writes the catalogue as gettext PO
// (the key as context, the English as msgid, the developer's note, Welsh text not yet reviewed
// marked fuzzy); `npm run i18n:import file` reads a translated PO back into the Welsh catalogue,
// refusing any message whose placeholders or plural forms do not match the English.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, type Token } from '@messageformat/parser';
import { type GetTextTranslations, po as gettext } from 'gettext-parser';
import { catalogueFile } from '../src/client/i18n/catalogue-plugin';
import type { CatalogueEntry, CatalogueFile } from '../src/client/i18n/languages';

const readFile = (lang: 'en' | 'cy'): CatalogueFile =>
  JSON.parse(readFileSync(catalogueFile(lang), 'utf8')) as CatalogueFile;

export function catalogueToPo(en: CatalogueFile, cy: CatalogueFile): string {
  const translations: GetTextTranslations['translations'] = { '': {} };
  for (const [key, entry] of Object.entries(en)) {
    const welsh = cy[key];
    translations[key] = {
      [entry.message]: {
        msgctxt: key,
        msgid: entry.message,
        msgstr: [welsh?.message ?? ''],
        comments: {
          extracted: entry.note ?? '',
          flag: welsh && welsh.reviewed !== false ? '' : 'fuzzy',
        },
      },
    };
  }
  const po: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      Language: 'cy',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Plural-Forms': 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n==3 ? 3 : n==6 ? 4 : 5);',
      'X-Note':
        'Messages are ICU MessageFormat: keep {placeholders}; give plural forms zero, one, two, few, many, other.',
    },
    translations,
  };
  return gettext.compile(po, { foldLength: 0 }).toString('utf8');
}

function shape(message: string): string {
  const walk = (tokens: readonly Token[]): string[] =>
    tokens.flatMap((t) =>
      t.type === 'argument'
        ? [t.arg]
        : t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal'
          ? [`${t.arg}:${t.type}`, ...t.cases.flatMap((c) => walk(c.tokens))]
          : [],
    );
  return [...new Set(walk(parse(message, { strict: false })))].sort().join(',');
}

/** The Welsh catalogue with a translated PO's messages, or the problems by key. */
export function poToCatalogue(
  text: string,
  en: CatalogueFile,
  cy: CatalogueFile,
): { catalogue: Record<string, CatalogueEntry>; problems: string[] } {
  const po = gettext.parse(text);
  const catalogue: Record<string, CatalogueEntry> = { ...cy };
  const problems: string[] = [];
  for (const [context, entries] of Object.entries(po.translations)) {
    if (context === '') continue;
    const english = en[context];
    if (!english) {
      problems.push(`${context}: no such key in the English catalogue`);
      continue;
    }
    for (const entry of Object.values(entries)) {
      const message = entry.msgstr[0] ?? '';
      if (message === '') continue;
      try {
        if (shape(message) !== shape(english.message)) {
          problems.push(`${context}: placeholders differ from the English (${shape(english.message)})`);
          continue;
        }
      } catch (error) {
        problems.push(`${context}: not valid ICU MessageFormat (${(error as Error).message})`);
        continue;
      }
      const fuzzy = (entry.comments?.flag ?? '').split(',').some((f) => f.trim() === 'fuzzy');
      catalogue[context] = { message, reviewed: !fuzzy };
    }
  }
  return { catalogue, problems };
}

function main(argv: readonly string[]): number {
  const [command, file] = argv;
  if (command === 'export') {
    const po = catalogueToPo(readFile('en'), readFile('cy'));
    if (file) writeFileSync(file, po);
    else process.stdout.write(po);
    return 0;
  }
  if (command === 'import' && file) {
    const { catalogue, problems } = poToCatalogue(readFileSync(file, 'utf8'), readFile('en'), readFile('cy'));
    if (problems.length > 0) {
      for (const p of problems) console.error(p);
      console.error(`Nothing imported: ${problems.length} problem(s).`);
      return 1;
    }
    writeFileSync(catalogueFile('cy'), `${JSON.stringify(catalogue, null, 2)}\n`);
    console.log(`Imported the Welsh catalogue from ${file}.`);
    return 0;
  }
  console.error('usage: npm run i18n:export [out.po] | npm run i18n:import translated.po');
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));

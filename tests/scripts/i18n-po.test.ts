// The translator's PO round trip: what is exported comes back unchanged, a translator's review
// clears "not reviewed", and a message with the wrong placeholders is refused by key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueToPo, poToCatalogue } from '../../scripts/i18n-po';
import { catalogueFile } from '../../src/client/i18n/catalogue-plugin';
import type { CatalogueFile } from '../../src/client/i18n/languages';

const read = (lang: 'en' | 'cy') => JSON.parse(readFileSync(catalogueFile(lang), 'utf8')) as CatalogueFile;
const en = read('en');
const cy = read('cy');

describe('i18n PO export and import', () => {
  it('exports each key as context with its note, and reads the same catalogue back', () => {
    const po = catalogueToPo(en, cy);
    expect(po).toContain('msgctxt "title.my"\nmsgid "My priorities"\nmsgstr "Fy mlaenoriaethau"');
    expect(po).toContain("#. Title of the list of this device's priorities.");
    const back = poToCatalogue(po, en, cy);
    expect(back.problems).toEqual([]);
    expect(back.catalogue).toEqual(cy);
  });

  it('marks a message reviewed once the translator clears the fuzzy flag', () => {
    const po = catalogueToPo(en, cy).replace('#, fuzzy\nmsgctxt "nav.more"', 'msgctxt "nav.more"');
    expect(poToCatalogue(po, en, cy).catalogue['nav.more']).toEqual({ message: 'Mwy', reviewed: true });
  });

  it('refuses a translation whose placeholders differ, naming the key, and imports nothing', () => {
    const po = catalogueToPo(en, cy).replace(
      'msgstr "{screen} – Blaenoriaethau cymdogaeth"',
      'msgstr "{sgrin} – Blaenoriaethau cymdogaeth"',
    );
    const result = poToCatalogue(po, en, cy);
    expect(result.problems).toEqual(['app.title: placeholders differ from the English (screen)']);
  });
});

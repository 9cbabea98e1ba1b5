// The language in an address: /cy/… is Welsh, the same screen's path in either language, and
// the first visit's choice from the browser's languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langOfPath, preferredLang, stripLang, withLang } from '../../../src/client/i18n/languages';

describe('language in the address', () => {
  it.each([
    ['/', 'en', '/'],
    ['/cy', 'cy', '/'],
    ['/cy/', 'cy', '/'],
    ['/cy/area/list', 'cy', '/area/list'],
    ['/cyclists', 'en', '/cyclists'],
    ['/area', 'en', '/area'],
  ])('%s is %s, the screen %s', (path, lang, bare) => {
    expect(langOfPath(path)).toBe(lang);
    expect(stripLang(path)).toBe(bare);
  });

  it('moves any screen between the languages and back unchanged', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (parts) => {
        const path = `/${parts.join('/')}`;
        const welsh = withLang(path, 'cy');
        expect(langOfPath(welsh)).toBe('cy');
        expect(stripLang(welsh)).toBe(stripLang(path));
        expect(withLang(welsh, 'en')).toBe(stripLang(path));
      }),
    );
  });

  it.each([
    [['cy-GB', 'en-GB'], 'cy'],
    [['en-GB', 'cy'], 'en'],
    [['fr-FR', 'CY'], 'cy'],
    [['pl'], 'en'],
    [[], 'en'],
  ])('a browser asking for %j opens in %s', (languages, lang) => {
    expect(preferredLang(languages)).toBe(lang);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES, findTheme } from '../../src/domain/taxonomy/themes';

describe('default theme taxonomy', () => {
  it('has unique, stable keys', () => {
    const keys = DEFAULT_THEMES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^(crime|asb|local|sensitive)\.[a-z-]+$/);
  });

  it('covers every police.uk street-level crime category', () => {
    const categories = JSON.parse(
      readFileSync(
        new URL('../../src/domain/taxonomy/police-uk-crime-categories.json', import.meta.url),
        'utf8',
      ),
    ) as { url: string; name: string }[];
    for (const c of categories.filter((c) => !['all-crime', 'anti-social-behaviour'].includes(c.url))) {
      expect(findTheme(`crime.${c.url}`)?.label).toBe(c.name);
    }
  });

  it('splits ASB into personal, nuisance and environmental', () => {
    expect(['asb.personal', 'asb.nuisance', 'asb.environmental'].map((k) => findTheme(k)?.group)).toEqual([
      'asb',
      'asb',
      'asb',
    ]);
  });

  it('includes the local concerns residents raise most', () => {
    for (const key of [
      'speeding',
      'parking',
      'fly-tipping',
      'street-lighting',
      'noise',
      'street-drinking',
      'off-road-bikes',
    ]) {
      expect(findTheme(`local.${key}`)).toBeDefined();
    }
  });

  it('flags domestic abuse, hate crime and exploitation as sensitive, and nothing else', () => {
    expect(DEFAULT_THEMES.filter((t) => t.sensitive).map((t) => t.key)).toEqual([
      'sensitive.domestic-abuse',
      'sensitive.hate-crime',
      'sensitive.exploitation',
    ]);
  });
});

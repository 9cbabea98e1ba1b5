import { describe, expect, it } from 'vitest';
import {
  CRIMESTOPPERS,
  DOMESTIC_ABUSE_HELPLINE,
  EMERGENCY,
  HATE_CRIME_REPORTING,
  helpLinks,
  helpRuns,
  NON_EMERGENCY,
  SENSITIVE_SUPPORT,
  telHref,
  urlText,
} from '../../src/domain/taxonomy/help';

describe('help contacts', () => {
  it('dial the numbers people read', () => {
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('0808 2000 247')).toBe('tel:08082000247');
    expect(telHref('+44 800 555 111')).toBe('tel:+44800555111');
    expect(helpLinks(CRIMESTOPPERS)).toEqual([{ text: '0800 555 111', href: 'tel:0800555111' }]);
  });

  it('show sites without their scheme and link them over https', () => {
    expect(urlText('https://www.report-it.org.uk/')).toBe('report-it.org.uk');
    expect(helpLinks(HATE_CRIME_REPORTING)).toEqual([
      { text: 'report-it.org.uk', href: 'https://www.report-it.org.uk/' },
    ]);
  });

  it('every contact can be reached: a number or an https site', () => {
    for (const c of [EMERGENCY, NON_EMERGENCY, ...SENSITIVE_SUPPORT]) {
      expect(helpLinks(c).length).toBeGreaterThan(0);
      if (c.url) expect(c.url).toMatch(/^https:\/\//);
      if (c.tel) expect(c.tel).toMatch(/^\+?[\d ]+$/);
    }
    expect(SENSITIVE_SUPPORT).toContain(DOMESTIC_ABUSE_HELPLINE);
  });
});

describe('helpRuns: a whole sentence with its numbers and sites as links', () => {
  const cases: [string, string][] = [
    // sentence → runs, links in [text|href]
    ['Not for emergencies: call 999.', 'Not for emergencies: call |[999|tel:999]|.'],
    [
      'Not for emergencies: call 999. For non-emergencies call 101.',
      'Not for emergencies: call |[999|tel:999]|. For non-emergencies call |[101|tel:101]|.',
    ],
    ['Ring 0999 or 9999, not 1010.', 'Ring 0999 or 9999, not 1010.'],
    ['Galw 999 nawr.', 'Galw |[999|tel:999]| nawr.'],
    ['Helpline 0808 2000 247 (free)', 'Helpline |[0808 2000 247|tel:08082000247]| (free)'],
    ['Go to report-it.org.uk; or not', 'Go to |[report-it.org.uk|https://www.report-it.org.uk/]|; or not'],
    ['See fake-report-it.org.uk', 'See fake-report-it.org.uk'],
    ['999', '[999|tel:999]'],
  ];
  const show = (sentence: string) =>
    helpRuns(sentence, [EMERGENCY, NON_EMERGENCY, DOMESTIC_ABUSE_HELPLINE, HATE_CRIME_REPORTING])
      .map((r) => (r.href ? `[${r.text}|${r.href}]` : r.text))
      .join('|');

  it.each(cases)('%s', (sentence, expected) => {
    expect(show(sentence)).toBe(expected);
  });

  it('keeps the sentence word for word', () => {
    for (const [sentence] of cases) {
      expect(
        helpRuns(sentence, [EMERGENCY, HATE_CRIME_REPORTING])
          .map((r) => r.text)
          .join(''),
      ).toBe(sentence);
    }
  });
});

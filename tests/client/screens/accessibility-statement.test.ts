// The accessibility statement rendered on the server side of Solid: its headings follow the GOV.UK
// model in order, and its contacts are real links (the route-level browser test lives with the router).
import { renderToString } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { AccessibilityStatement } from '../../../src/client/screens/accessibility/AccessibilityStatement';

const html = renderToString(() => AccessibilityStatement());
const strip = (s: string) => s.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '');
const decode = (s: string) => s.replace(/&#39;|&rsquo;/g, '’').replace(/&amp;/g, '&');

const headings = [...html.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/gs)].map(
  (m) => `h${m[1]} ${decode(strip(m[2] ?? ''))}`,
);
const hrefs = [...html.matchAll(/<a[^>]*href="([^"]+)"/g)].map((m) => m[1]);

describe('accessibility statement', () => {
  it('has the model statement’s headings, in order and without skipping a level (under the app’s own h1)', () => {
    expect(headings).toEqual([
      'h2 Accessibility statement for Neighbourhood priorities',
      'h3 Using this service',
      'h3 How accessible this service is',
      'h3 What to do if you cannot access parts of this service',
      'h3 Reporting accessibility problems with this service',
      'h3 Enforcement procedure',
      'h3 Technical information about this service’s accessibility',
      'h4 Compliance status',
      'h4 Non-accessible content',
      'h3 How we tested this service',
      'h3 What we’re doing to improve accessibility',
      'h3 Preparation of this accessibility statement',
    ]);
  });

  it('says honestly how compliant it is, and what is not accessible', () => {
    const text = decode(strip(html));
    expect(text).toContain('partially compliant with the Web Content Accessibility Guidelines version 2.2');
    expect(text).toContain('choose a ward or police neighbourhood with no pin');
    expect(text).toContain('a Welsh version is being prepared');
    expect(text).toContain('prepared on 7 December 2026. It was last reviewed on 7 December 2026.');
  });

  it('links the enforcement bodies, the regulations and the EASS phone numbers', () => {
    expect(hrefs).toEqual(
      expect.arrayContaining([
        'tel:08088000082',
        'tel:08088000084',
        'https://www.equalityadvisoryservice.com/',
        'https://www.equalityhumanrights.com/',
        'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
        'https://www.w3.org/TR/WCAG22/',
      ]),
    );
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|tel:\d+$)/);
  });
});

// The app's addresses: where Back goes from a link opened mid-app, what each screen is called,
// and share links that carry their area.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS, parentPath, shareUrl, titleFor } from '../../../src/client/frame/paths';
import { showLanguage } from '../../../src/client/i18n/i18n';

describe('parentPath', () => {
  it.each([
    ['/', undefined],
    ['/my', '/'],
    ['/my/abc', '/my'],
    ['/area', '/'],
    ['/area/list', '/area'],
    ['/area/done', '/area'],
    ['/priorities/abc', '/area'],
    ['/meetings', '/'],
    ['/meetings/new', '/meetings'],
    ['/meetings/m1', '/meetings'],
    ['/meetings/m1/kiosk', '/meetings/m1'],
    ['/more', '/'],
    ['/offline-map', '/more'],
    ['/device', '/more'],
    ['/accessibility', '/more'],
    ['/staff', '/'],
    ['/staff/moderation', '/staff'],
    ['/staff/patrol/', '/staff'],
    ['/no/such/place', '/'],
  ])('%s goes back to %s', (path, parent) => {
    expect(parentPath(path)).toBe(parent);
  });

  it('always reaches the first screen in a few steps, never loops', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        let path: string | undefined = `/${parts.join('/')}`;
        let steps = 0;
        while (path !== undefined && steps < 10) {
          path = parentPath(path);
          steps += 1;
        }
        expect(path).toBeUndefined();
        expect(steps).toBeLessThanOrEqual(parts.length + 2);
      }),
    );
  });
});

describe('titleFor', () => {
  beforeAll(() => showLanguage('en'));

  it.each([
    ['/', 'Add a priority – Neighbourhood priorities'],
    [PATHS.myOne('x'), 'One of my priorities – Neighbourhood priorities'],
    [PATHS.areaList, 'Priorities in your area: list – Neighbourhood priorities'],
    [PATHS.areaDone, 'What was done in your area – Neighbourhood priorities'],
    [PATHS.meetingStage('m1', 'kiosk'), 'Meeting – Neighbourhood priorities'],
    [PATHS.moderation, 'Moderation – Neighbourhood priorities'],
    ['/nowhere', 'Page not found – Neighbourhood priorities'],
  ])('%s is "%s"', (path, title) => {
    expect(titleFor(path)).toBe(title);
  });

  it.each([
    ['/cy/', 'Ychwanegu blaenoriaeth – Blaenoriaethau cymdogaeth'],
    ['/cy/area/list', 'Blaenoriaethau yn eich ardal: rhestr – Blaenoriaethau cymdogaeth'],
    ['/cy/nowhere', 'Heb ddod o hyd i’r dudalen – Blaenoriaethau cymdogaeth'],
  ])('in Welsh, %s is "%s"', async (path, title) => {
    await showLanguage('cy');
    expect(titleFor(path)).toBe(title);
    await showLanguage('en');
  });
});

describe('shareUrl', () => {
  it('carries the area, so the link opens on it', () => {
    expect(shareUrl(PATHS.publicOne('a b'), 'E22000321', 'https://example.org')).toBe(
      'https://example.org/priorities/a%20b?csp=E22000321',
    );
  });
  it('is the bare address when no area is chosen', () => {
    expect(shareUrl(PATHS.area, undefined, 'https://example.org')).toBe('https://example.org/area');
  });
});

// On a phone: help can be tapped (numbers are tel: links, sites are links, big enough to hit),
// and dark mode keeps AA colour contrast on the screens a resident uses.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function expectTapTarget(page: Page, name: string): Promise<void> {
  const box = await page.getByRole('link', { name, exact: true }).boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
}

test('the safety note and a sensitive theme’s help are links a person can tap', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  const safety = page.locator('.safety-note');
  await expect(safety.getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  await expect(safety.getByRole('link', { name: '101', exact: true })).toHaveAttribute('href', 'tel:101');

  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Hate crime' });
  const help = page.getByRole('note');
  await expect(help).toContainText('This will never be shown publicly.');
  await expect(help.getByRole('link', { name: '999', exact: true })).toHaveAttribute('href', 'tel:999');
  await expect(help.getByRole('link', { name: '0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
  await expect(help.getByRole('link', { name: '0800 555 111' })).toHaveAttribute('href', 'tel:0800555111');
  await expect(help.getByRole('link', { name: 'report-it.org.uk' })).toHaveAttribute(
    'href',
    'https://www.report-it.org.uk/',
  );
  for (const name of ['0808 2000 247', 'report-it.org.uk', '0800 555 111']) await expectTapTarget(page, name);
  await expect(
    help.getByRole('list', { name: 'For confidential support:' }).getByRole('listitem'),
  ).toHaveCount(3);
  await expectAccessible(page);
});

test.describe('dark mode', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
  });

  test('the capture screen, with its help showing, keeps AA contrast', async ({ page, store }) => {
    await page.goto(store.baseUrl);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    // The dark palette is in force, not just the browser's defaults.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
    await page.getByLabel('What should be prioritised?').selectOption({ label: 'Domestic abuse' });
    await page.getByLabel('Describe it briefly (optional)').fill('Mr Smith shouts at his family at night');
    await expect(page.locator('#description-details mark')).toHaveText(['Mr Smith']);
    await expectAccessible(page);
  });

  test('my priorities, priorities in your area, meetings and this device keep AA contrast', async ({
    page,
    store,
  }) => {
    await page.goto(store.baseUrl);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await goTo(page, 'my');
    await expectAccessible(page);
    await goTo(page, 'area');
    await expect(page.getByRole('heading', { name: /priorities/i }).first()).toBeVisible();
    await expectAccessible(page);
    await goTo(page, 'meetings');
    await expect(page.getByRole('heading', { name: /meeting/i }).first()).toBeVisible();
    await expectAccessible(page);
    await goTo(page, 'device');
    await expect(page.getByRole('heading', { name: /this device/i }).first()).toBeVisible();
    await expectAccessible(page);
  });
});

// The statement says: phone widths 320 to 412 px, and text at 200%, with the help showing.
test('on phones 320 to 412 px wide, and with text at 200%, the capture screen’s content fits across', async ({
  page,
  store,
}) => {
  const cases: [width: number, text: string][] = [
    [320, '100%'],
    [360, '100%'],
    [412, '100%'],
    [320, '200%'],
    [360, '200%'],
    [390, '200%'],
    [412, '200%'],
  ];
  for (const [width, text] of cases) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(store.baseUrl);
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await page.evaluate((size) => {
      document.documentElement.style.fontSize = size;
    }, text);
    await page.getByLabel('What should be prioritised?').selectOption({ label: 'Domestic abuse' });
    await expect(page.getByRole('note')).toBeVisible();
    // The whole page and the screen's own scrolling box.
    const overflow = await page.evaluate(() =>
      Math.max(
        ...[document.documentElement, document.querySelector('.app-scroll')].map((box) =>
          box ? box.scrollWidth - box.clientWidth : 0,
        ),
      ),
    );
    expect(overflow, `${width} px, text ${text}`).toBeLessThanOrEqual(0);
  }
});

// The app works under its Content Security Policy: map tiles from the configured host, the
// service worker, capture and My priorities, with no CSP violation reported by Chromium.
import { expect, test, waitForServiceWorker } from './support/fixtures';
import { goTo } from './support/navigation';

test('the app runs under its CSP with no violations', async ({ page, store }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto(store.baseUrl);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await waitForServiceWorker(page);
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();

  const map = page.getByRole('application', { name: /Map of the area/ });
  const box = await map.boundingBox();
  if (!box) throw new Error('map not laid out');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByText(/^Pin placed/)).toBeVisible();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('I live here').check();
  await page.getByRole('button', { name: 'Save priority' }).click();
  await goTo(page, 'my');
  await expect(page.getByRole('listitem').filter({ hasText: 'Speeding' })).toContainText('Sent');
  // A reload stays on My priorities; back to the capture map, whose tiles come from the tile host.
  await page.reload();
  await goTo(page, 'add');
  await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();
  expect(violations).toEqual([]);
});

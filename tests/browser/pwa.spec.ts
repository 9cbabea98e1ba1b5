// The app is installable and its production service worker really controls the page.
import { expect, test, waitForServiceWorker } from './support/fixtures';

test('the production service worker registers, controls the page and serves a cold start offline', async ({
  context,
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  const scriptUrl = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
  expect(scriptUrl).toBe(`${store.baseUrl}/sw.js`);

  await context.setOffline(true);
  const cold = await context.newPage();
  await cold.goto(store.baseUrl);
  await expect(cold.getByRole('heading', { name: 'Neighbourhood priorities' })).toBeVisible();
  await expect(cold.getByRole('button', { name: 'Save priority' })).toBeVisible();
});

test('the web manifest makes the app installable', async ({ page, store }) => {
  await page.goto(store.baseUrl);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await page.request.get(new URL(href ?? '', store.baseUrl).toString())).json();
  expect(manifest).toMatchObject({
    name: 'Neighbourhood priorities',
    short_name: 'Priorities',
    start_url: '/',
    display: 'standalone',
    theme_color: '#0b5563',
  });
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const res = await page.request.get(new URL(icon.src, store.baseUrl).toString());
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }
});

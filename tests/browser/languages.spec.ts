// Welsh and English: the switch on every screen keeps the screen, its query and a half-filled
// form; the address carries the language and a reload keeps it; the first visit follows the
// browser's language; both languages work offline after one visit.
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';

test('the switch shows the same screen in Welsh, keeps what was typed, and a reload stays Welsh', async ({
  page,
  store,
}) => {
  await page.goto(`${store.baseUrl}/`);
  await waitForWardList(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const description = page.getByLabel('Describe it briefly (optional)');
  await description.fill('Cars race along the high street at night');

  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(`${store.baseUrl}/cy/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle('Ychwanegu blaenoriaeth – Blaenoriaethau cymdogaeth');
  const nav = page.getByRole('navigation', { name: 'Prif lywio' });
  await expect(nav.getByRole('link', { name: 'Fy rhestr' })).toBeVisible();
  // Same screen, not rebuilt: the form is in Welsh and the text typed in English is still there.
  await expect(description).toHaveCount(0);
  await expect(page.getByLabel('Disgrifiwch y peth yn fyr (dewisol)')).toHaveValue(
    'Cars race along the high street at night',
  );
  const themes = page.getByLabel('Beth ddylai gael blaenoriaeth?');
  await themes.selectOption({ label: 'Goryrru' });
  await expect(themes.locator('optgroup[label="Pryderon lleol"]')).toHaveCount(1);
  await expect(page.getByRole('group', { name: 'Pa un sy’n eich disgrifio chi?' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Dydd Sadwrn' })).toBeVisible();
  // The safety note in Welsh keeps 999 and 101 as links to call.
  await expect(page.getByRole('link', { name: '999' }).first()).toHaveAttribute('href', 'tel:999');
  await expect(page.getByText('Nid ar gyfer argyfyngau: ffoniwch')).toBeVisible();
  // A Welsh error summary names each missing answer in Welsh.
  await page.getByRole('button', { name: 'Cadw’r flaenoriaeth' }).click();
  await expect(page.getByRole('link', { name: 'Dewiswch pa un sy’n eich disgrifio chi.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en-GB');

  // Moving about keeps Welsh in the address; a reload keeps the language.
  await nav.getByRole('link', { name: 'Mwy' }).click();
  await expect(page).toHaveURL(`${store.baseUrl}/cy/more`);
  await expect(page.getByRole('heading', { name: 'Mwy' })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Mwy' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  // And back to English on the same screen, remembered for the next visit.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${store.baseUrl}/more`);
  await expect(page.getByRole('heading', { name: 'More' })).toBeVisible();
  await page.goto(`${store.baseUrl}/more`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('a query survives the switch, and Back after it stays in the app and in Welsh', async ({
  page,
  store,
}) => {
  await page.goto(`${store.baseUrl}/area/list?csp=E22000321`);
  await expect(page).toHaveTitle(/^Priorities in your area: list/);
  await page.getByRole('link', { name: 'Cymraeg' }).click();
  await expect(page).toHaveURL(`${store.baseUrl}/cy/area/list?csp=E22000321`);
  await expect(page).toHaveTitle(/^Blaenoriaethau yn eich ardal: rhestr/);
  await page.getByRole('navigation', { name: 'Prif lywio' }).getByRole('link', { name: 'Mwy' }).click();
  await expect(page).toHaveURL(`${store.baseUrl}/cy/more`);
  await page.goBack();
  await expect(page).toHaveURL(`${store.baseUrl}/cy/area/list?csp=E22000321`);
  await expect(page).toHaveTitle(/^Blaenoriaethau yn eich ardal: rhestr/);
});

test.describe('a browser set to Welsh', () => {
  test.use({ locale: 'cy-GB' });

  test('opens in Welsh on the first visit, and Welsh works offline after it', async ({
    page,
    context,
    store,
  }) => {
    await page.goto(`${store.baseUrl}/more`);
    await expect(page).toHaveURL(`${store.baseUrl}/cy/more`);
    await expect(page.getByRole('heading', { name: 'Mwy' })).toBeVisible();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${store.baseUrl}/cy/device`);
    await expect(page).toHaveTitle(/^Y ddyfais hon – Blaenoriaethau cymdogaeth$/);
    await expect(page.getByRole('navigation', { name: 'Prif lywio' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await page.goto(`${store.baseUrl}/cy/no-such-screen`);
    await expect(page.getByRole('heading', { name: 'Heb ddod o hyd i’r dudalen' })).toBeVisible();
  });
});

test('the page-not-found screen reads in Welsh and passes axe', async ({ page, store }) => {
  await page.goto(`${store.baseUrl}/cy/nowhere`);
  await expect(page.getByRole('heading', { name: 'Heb ddod o hyd i’r dudalen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gweld y blaenoriaethau yn eich ardal' })).toBeVisible();
  await expectAccessible(page);
});

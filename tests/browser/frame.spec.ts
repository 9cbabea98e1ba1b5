// Every screen has an address: each route opens directly (online, and offline after one visit),
// fits phones from 320 px and 200% text without sideways scrolling, passes axe, and Back returns
// to the screen before it without leaving the app.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { overflow } from './support/overflow';
import { publishedPriority, seedPublished } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

interface RouteCheck {
  path: string;
  heading: string | RegExp;
}

const PUBLIC_ID = '01890000-0000-7000-8000-0000000000aa';

const RESIDENT_ROUTES: RouteCheck[] = [
  { path: '/', heading: 'Add a priority' },
  { path: '/my', heading: 'My priorities' },
  { path: '/area', heading: 'Priorities in your area' },
  { path: '/area/list', heading: 'List of published priorities' },
  { path: '/area/done', heading: 'What was done in your area' },
  { path: `/priorities/${PUBLIC_ID}`, heading: 'Street lighting' },
  { path: '/meetings', heading: 'Meetings' },
  { path: '/meetings/new', heading: 'Set up a meeting' },
  { path: '/more', heading: 'More' },
  { path: '/offline-map', heading: 'Map for offline use' },
  { path: '/device', heading: 'This device' },
  { path: '/accessibility', heading: 'Accessibility statement for Neighbourhood priorities' },
  { path: '/staff', heading: 'Staff sign-in' },
  { path: '/no-such-screen', heading: 'Page not found' },
];

const STAFF_ROUTES: RouteCheck[] = [
  { path: '/staff', heading: 'Staff' },
  { path: '/staff/moderation', heading: 'Moderation' },
  { path: '/staff/responses', heading: /You said, we did/ },
  { path: '/staff/assessment', heading: /strategic assessment/i },
  { path: '/staff/patrol', heading: /Patrol/ },
];

async function expectScreen(page: Page, route: RouteCheck): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading', { name: route.heading }).first()).toBeVisible();
  // Screens settle (lists, maps) after their heading: measure again until the width holds.
  await expect.poll(() => overflow(page), { message: `${route.path} is wider than the screen` }).toBe('');
}

/** 200% text, as a person's browser setting would make it: every rem doubles. */
async function doubleText(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const apply = () => document.documentElement.style.setProperty('font-size', '200%');
    if (document.documentElement) apply();
    document.addEventListener('DOMContentLoaded', apply);
  });
}

async function installed(page: Page, store: Parameters<typeof seedPublished>[0]): Promise<void> {
  await seedPublished(store, [
    publishedPriority({
      id: PUBLIC_ID,
      themeKey: 'local.street-lighting',
      description: 'Dark path by the park',
    }),
  ]);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
}

for (const size of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
]) {
  test(`every resident screen at ${size.width} px opens by its address, fits, and passes axe`, async ({
    page,
    store,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    await installed(page, store);
    for (const route of RESIDENT_ROUTES) {
      await page.goto(new URL(route.path, store.baseUrl).toString());
      await expectScreen(page, route);
      await expectAccessible(page);
    }
  });
}

for (const width of [320, 360, 390, 412]) {
  test(`at ${width} px with 200% text no resident screen scrolls sideways`, async ({ page, store }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 800 });
    await doubleText(page);
    await installed(page, store);
    for (const route of RESIDENT_ROUTES) {
      await page.goto(new URL(route.path, store.baseUrl).toString());
      await expectScreen(page, route);
    }
  });
}

test('staff screens fit a phone and a desk, and pass axe', async ({ page, store }) => {
  test.setTimeout(240_000);
  await installed(page, store);
  addStaffAccount(store, 'pc.jones', 'officer', 'PC Sam Jones');
  await signInOnDevice(page, 'pc.jones');
  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    for (const route of STAFF_ROUTES) {
      await page.goto(new URL(route.path, store.baseUrl).toString());
      await expectScreen(page, route);
      await expectAccessible(page);
    }
  }
});

test('Back and Forward move between screens, and Back closes a priority chosen on the map', async ({
  page,
  store,
}) => {
  await installed(page, store);
  const bar = page.getByRole('navigation', { name: 'Main' });
  await bar.getByRole('link', { name: /My priorities/ }).click();
  await expect(page).toHaveURL(/\/my$/);
  await expect(bar.getByRole('link', { name: /My priorities/ })).toHaveAttribute('aria-current', 'page');
  await bar.getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'My priorities' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Meetings', exact: true })).toBeVisible();

  await bar.getByRole('link', { name: 'In your area' }).click();
  const dot = page.getByRole('button', { name: /Street lighting/ });
  await dot.click();
  const chosen = page.getByRole('region', { name: 'Chosen on the map' });
  await expect(chosen).toContainText('Dark path by the park');
  await expect(chosen).toBeFocused();
  await expect(chosen).toBeInViewport();
  await page.goBack();
  await expect(chosen).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Priorities in your area' })).toBeVisible();
});

test('a shared link opens on its area and its priority, and Back stays in the app', async ({
  page,
  store,
}) => {
  await installed(page, store);
  // Another area is chosen on this device; the link was made for Rugby.
  await page.getByLabel('Your area', { exact: true }).selectOption({ label: 'North Warwickshire' });
  const context = page.context();
  const fresh = await context.newPage();
  await fresh.goto(new URL(`/priorities/${PUBLIC_ID}?csp=E22000321`, store.baseUrl).toString());
  await expect(fresh.getByLabel('Your area', { exact: true })).toHaveValue('E22000321');
  await expect(fresh.getByRole('heading', { name: 'Street lighting' })).toBeVisible();
  await expect(fresh.getByText(`/priorities/${PUBLIC_ID}?csp=E22000321`)).toBeVisible();
  // Shared as it was opened: the phone's share sheet where the browser has one, else Copy link.
  const hasShare = await fresh.evaluate(() => typeof navigator.share === 'function');
  if (hasShare) {
    await expect(fresh.getByRole('button', { name: 'Share' })).toBeVisible();
  } else {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: store.baseUrl });
    await fresh.getByRole('button', { name: 'Copy link' }).click();
    await expect(fresh.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await fresh.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(`/priorities/${PUBLIC_ID}?csp=E22000321`, store.baseUrl).toString(),
    );
  }
  await fresh.goBack();
  await expect(fresh).toHaveURL(/\/area\?csp=E22000321$/);
  await expect(fresh.getByRole('heading', { name: 'Priorities in your area' })).toBeVisible();
});

test('every screen opens by its address offline, the first time, after one visit', async ({
  page,
  store,
}) => {
  test.setTimeout(180_000);
  await installed(page, store);
  await page.context().setOffline(true);
  for (const route of RESIDENT_ROUTES) {
    await page.goto(new URL(route.path, store.baseUrl).toString());
    await expectScreen(page, route);
  }
});

test('the skip link takes focus to the content, and focus starts there on each new screen', async ({
  page,
  store,
}) => {
  await installed(page, store);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveTitle('More – Neighbourhood priorities');
});

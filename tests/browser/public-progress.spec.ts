// Public "you said, we did": a neighbour who did not raise a priority sees its latest progress on
// the map's card and in the list, can show only priorities with progress, and reads the board of
// what was done, newest first, offline too after one visit. Never a staff name or personal detail.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { goTo } from './support/navigation';
import { publishedPriority, seedProgress, seedPublished } from './support/public-data';

const DIRTY = 'Spoke to Mrs Smith at 14 Oak Road, 07700 900123, about the cars';

/** Published priorities from other people's devices, with progress in different months. */
async function seedArea(store: Parameters<typeof seedPublished>[0]) {
  const done = publishedPriority({ description: 'Cars race along Clifton Road', themeKey: 'local.speeding' });
  const older = publishedPriority({
    description: 'Rubbish dumped behind the garages',
    themeKey: 'local.fly-tipping',
  });
  const notPossible = publishedPriority({
    description: 'Vans parked on the verge',
    themeKey: 'local.parking',
  });
  const dirty = publishedPriority({
    description: 'Lads on motorbikes in the park',
    themeKey: 'asb.nuisance',
  });
  const quiet = publishedPriority({
    description: 'Dark path by the school',
    themeKey: 'local.street-lighting',
  });
  await seedPublished(store, [done, older, notPossible, dirty, quiet]);
  seedProgress(store, done.id, {
    status: 'in-progress',
    action: 'Speed checks booked',
    respondedAt: '2026-09-02T08:00:00.000Z',
  });
  seedProgress(store, done.id, {
    status: 'done',
    action: 'Speed camera van twice a week',
    respondedAt: '2026-11-21T10:42:00.000Z',
  });
  seedProgress(store, older.id, {
    status: 'done',
    action: 'Cleared and a camera put up',
    respondedAt: '2026-08-14T16:05:00.000Z',
  });
  seedProgress(store, notPossible.id, {
    status: 'not-possible',
    action: 'Asked the council',
    reason: 'The verge is private land',
    respondedAt: '2026-10-09T09:00:00.000Z',
  });
  seedProgress(store, dirty.id, {
    status: 'in-progress',
    action: DIRTY,
    respondedAt: '2026-10-20T12:00:00.000Z',
  });
  return { done, older, notPossible, dirty, quiet };
}

const onlyWithProgress = (page: Page) =>
  page.getByRole('checkbox', { name: 'Only priorities with progress' });

test('a neighbour sees the latest progress on the map card, with the month and never who', async ({
  page,
  store,
}) => {
  const alone = publishedPriority({
    description: 'Broken street lights on Lawford Road',
    themeKey: 'local.street-lighting',
  });
  await seedPublished(store, [alone]);
  seedProgress(store, alone.id, {
    status: 'done',
    action: 'All six lamps replaced',
    respondedAt: '2026-11-21T10:42:00.000Z',
  });
  await page.goto(store.baseUrl);
  await goTo(page, 'area');
  await page.getByRole('button', { name: 'Street lighting' }).click();
  const chosen = page.getByRole('region', { name: 'Chosen on the map' });
  await expect(chosen).toContainText('You said, we did: Done. Updated November 2026.');
  await expect(chosen).toContainText('What was done: All six lamps replaced');
  await expect(chosen).not.toContainText('Amy Shaw');
  await expect(chosen).not.toContainText('21 November');
  await expectAccessible(page);
});

test('the list shows progress and the filter keeps only priorities with some, on the list and the map', async ({
  page,
  store,
}) => {
  const { done, notPossible, dirty, quiet } = await seedArea(store);
  await page.goto(store.baseUrl);
  await goTo(page, 'area-list');
  const card = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await expect(card(done.description)).toContainText('You said, we did: Done. Updated November 2026.');
  await expect(card(done.description)).toContainText('What was done: Speed camera van twice a week');
  await expect(card(notPossible.description)).toContainText('Not possible.');
  await expect(card(notPossible.description)).toContainText(
    'Why it is not possible: The verge is private land',
  );
  // Words naming a resident never reach the device: the status and month only.
  await expect(card(dirty.description)).toContainText('You said, we did: In progress. Updated October 2026.');
  await expect(page.getByRole('main')).not.toContainText('Mrs Smith');
  await expect(page.getByRole('main')).not.toContainText('07700');
  await expect(card(quiet.description)).not.toContainText('You said, we did');
  await expect(page.getByText('Showing 5 of 5')).toBeVisible();

  // By keyboard: the box is ticked where the person is, and focus stays on it.
  await onlyWithProgress(page).focus();
  await page.keyboard.press('Space');
  await expect(onlyWithProgress(page)).toBeChecked();
  await expect(onlyWithProgress(page)).toBeFocused();
  await expect(page.getByText('Showing 4 of 4')).toBeVisible();
  await expect(page.getByText('4 of 5 published priorities have progress to show.')).toBeVisible();
  await expect(card(quiet.description)).toHaveCount(0);
  await expect(page).toHaveURL(/progress=1/);
  await expectAccessible(page);

  // The map keeps the filter: only the four with progress are on it.
  await page
    .getByRole('navigation', { name: 'Show priorities as' })
    .getByRole('link', { name: 'Map' })
    .click();
  await expect(onlyWithProgress(page)).toBeChecked();
  await expect(page.getByText('4 of 5 published priorities have progress to show.')).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.np-cluster, .np-priority')].reduce(
          (sum, el) =>
            sum + (el.classList.contains('np-cluster') ? Number(el.title.match(/^(\d+)/)?.[1]) : 1),
          0,
        ),
      ),
    )
    .toBe(4);
  await expectAccessible(page);
  await onlyWithProgress(page).uncheck();
  await expect(page).not.toHaveURL(/progress=1/);
});

test('the board of what was done lists done priorities newest first by month, offline after one visit', async ({
  context,
  page,
  store,
}) => {
  const { done, older, notPossible, dirty } = await seedArea(store);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  await goTo(page, 'area-done');
  await expect(page).toHaveURL(/\/area\/done$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'What was done in your area' })).toBeVisible();
  await expect(main.getByText(/^2 priorities marked done · updated/)).toBeVisible();
  // Newest first: November before August; only what was done.
  await expect(main.getByRole('heading', { level: 3 })).toHaveText([
    'Done in November 2026',
    'Done in August 2026',
  ]);
  await expect(page.getByRole('list', { name: 'Done in November 2026' })).toContainText(done.description);
  await expect(page.getByRole('list', { name: 'Done in November 2026' })).toContainText(
    'What was done: Speed camera van twice a week',
  );
  await expect(page.getByRole('list', { name: 'Done in August 2026' })).toContainText(older.description);
  await expect(main).not.toContainText(notPossible.description);
  await expect(main).not.toContainText(dirty.description);
  await expect(main).not.toContainText('Amy Shaw');
  await expectAccessible(page);

  // A done priority opens on its own screen.
  await main.getByRole('link', { name: 'Speeding' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Speeding' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('What was done: Speed camera van twice a week');
  await page.goBack();
  await expect(main.getByRole('heading', { level: 2, name: 'What was done in your area' })).toBeVisible();

  // No signal: the board opens by its address from the copy on the device.
  await context.setOffline(true);
  await page.goto(new URL('/area/done', store.baseUrl).toString());
  await expect(main.getByRole('heading', { level: 3 })).toHaveText([
    'Done in November 2026',
    'Done in August 2026',
  ]);
  await expect(main.getByText(/^2 priorities marked done · updated/)).toBeVisible();
  await expectAccessible(page);
  await context.setOffline(false);
});

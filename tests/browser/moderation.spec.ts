// An officer moderates at a desk (1280 × 800) with the keyboard: the list beside the chosen
// priority, every fact about it and a small map, approve, redact then hide, merge into an
// original of any status found by words, the Merged view naming the survivor, several approved
// at once; a card's open form survives the list being fetched again; the desk fits a phone.
import type { Page } from '@playwright/test';
import type { Priority } from '../../src/domain/priority';
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test } from './support/fixtures';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, signInOnDevice } from './support/staff-account';
import type { StoreServer } from './support/store-server';

const at = (dLon: number): Priority['place'] => ({
  kind: 'point',
  geometry: { type: 'Point', coordinates: [-1.2606 + dLon, 52.3709] },
});

function items(descriptions: readonly string[], themes: readonly string[]): Priority[] {
  return descriptions.map((description, i) =>
    samplePriority({
      description,
      themeKey: themes[i] as Priority['themeKey'],
      place: at(i * 0.002),
      createdAt: `2026-05-0${i + 1}T10:00:00.000Z`,
      updatedAt: `2026-05-0${i + 1}T10:00:00.000Z`,
    }),
  );
}

/** A patrol record for several residents, as the PCSO's signed-in device would have sent it. */
function makePatrolRecord(store: StoreServer, id: string, username: string, residents: number): void {
  store.exec(
    "update priorities set channel = 'patrol', resident_count = ?, recorded_by = (select id from users where username = ?) where id = ?",
    residents,
    username,
    id,
  );
}

async function openModeration(page: Page, store: StoreServer, username: string): Promise<void> {
  await page.goto(store.baseUrl);
  await signInOnDevice(page, username, { submitWith: 'enter' });
  await goTo(page, 'moderation');
  await expect(page.getByRole('heading', { name: 'Moderation' })).toBeVisible();
}

const row = (page: Page, text: string) => page.getByRole('link', { name: new RegExp(text) });
const detail = (page: Page) => page.locator('.moderation-detail');
/** The value of one fact in the chosen priority's card. */
const fact = (page: Page, term: string) =>
  detail(page)
    .locator('dt', { hasText: new RegExp(`^${term}$`) })
    .locator('+ dd');

test('an officer works through the queue at a desk from the keyboard', async ({ page, store }) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const texts = [
    'Vans parked on the pavement by the school',
    'Parking on the pavement again',
    'Loud car meets at night',
  ];
  const [first, second, third] = items(texts, ['local.parking', 'local.parking', 'local.speeding']);
  await pushToStore(store, [first!, second!, third!]);
  makePatrolRecord(store, third!.id, 'pc.khan', 3);
  await openModeration(page, store, 'pc.khan');

  // The list, and nothing chosen yet.
  const list = page.getByRole('list', { name: 'New, waiting for a decision in Rugby' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list).toContainText('Patrol · 3 residents');
  await expect(detail(page)).toContainText('Choose a priority from the list');
  await expectAccessible(page);

  // Choose one by keyboard: its full card is beside the list, focus on its heading, in the address.
  await row(page, texts[2]!).focus();
  await page.keyboard.press('Enter');
  const heading = detail(page).getByRole('heading', { name: 'Speeding' });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`item=${third!.id}`));
  const listBox = await page.locator('.moderation-list').boundingBox();
  const cardBox = await detail(page).boundingBox();
  expect(listBox!.x + listBox!.width).toBeLessThanOrEqual(cardBox!.x);
  expect(Math.abs(listBox!.y - cardBox!.y)).toBeLessThan(120);
  for (const [term, value] of [
    ['How it came in', 'Patrol'],
    ['Residents it stands for', '3 residents'],
    ['Recorded by', 'PC Asha Khan'],
    ['When it happens', 'Evening; Friday, Saturday'],
    ['Who raised it', 'Lives here'],
    ['Place', 'A pin in Eastlands ward.'],
  ])
    await expect(fact(page, term!)).toHaveText(value!);
  await expect(fact(page, 'Raised')).toContainText('3 May 2026 at');
  await expect(page.getByRole('region', { name: 'Map: A pin in Eastlands ward.' })).toBeVisible();
  await expect(page.locator('.moderation-map .np-pin')).toHaveCount(1);
  await expectAccessible(page);

  // Approve by keyboard: the outcome is said, and focus moves on to the next one in the list.
  await detail(page).getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Speeding: published.' })).toBeVisible();
  await expect(row(page, texts[2]!)).toHaveCount(0);
  await expect(detail(page).getByRole('heading', { name: 'Inconsiderate parking' })).toBeFocused();
  await expect(detail(page)).toContainText(texts[1]!);

  // Choosing another clears the last outcome.
  await row(page, texts[0]!).click();
  await expect(page.getByRole('status').filter({ hasText: 'Speeding: published.' })).toHaveCount(0);

  // Publish the original, then merge the duplicate into it from the New view.
  await detail(page).getByRole('button', { name: 'Approve' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Inconsiderate parking: published.' }),
  ).toBeVisible();
  await expect(detail(page)).toContainText(texts[1]!);
  await detail(page).getByRole('button', { name: 'Merge as duplicate' }).click();
  const into = detail(page).getByLabel('Duplicate of');
  // Any status a merge may target: the published original is first (same theme, nearest).
  await expect(into.locator('option').nth(1)).toHaveText(
    `Inconsiderate parking: ${texts[0]} (Eastlands, published, 140 m away)`,
  );
  await expect(into.locator('option').nth(2)).toHaveText(/^Speeding: Loud car meets at night/);
  await detail(page).getByLabel('Search by words (optional)').fill('school');
  await page.keyboard.press('Enter');
  await expect(detail(page).getByText('1 to choose from')).toBeVisible();
  // Enter searched (it did not merge), and the focus stayed where the officer typed.
  await expect(detail(page).getByLabel('Search by words (optional)')).toBeFocused();
  await expect(into.locator('option')).toHaveCount(2);
  await expectAccessible(page);
  await into.selectOption({ index: 1 });
  await detail(page).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByText('Nothing here for Rugby.')).toBeVisible();

  // The Merged view names the survivor and opens it.
  await page.getByLabel('Show').selectOption({ label: 'Merged duplicates' });
  await expect(page.getByRole('status').filter({ hasText: 'merged as a duplicate' })).toHaveCount(0);
  await row(page, texts[1]!).click();
  await expect(detail(page)).toContainText(`Merged into Inconsiderate parking: ${texts[0]} (published)`);
  await detail(page)
    .getByRole('link', { name: `Inconsiderate parking: ${texts[0]}` })
    .click();
  await expect(page.getByLabel('Show')).toHaveValue('published');
  await expect(detail(page).getByRole('heading', { name: 'Inconsiderate parking' })).toBeFocused();
  await expect(fact(page, 'Residents it stands for')).toHaveText('2 residents');

  // Redact, and Hide straight after: the card is the same one, so Hide opens its form.
  await detail(page).getByRole('button', { name: 'Redact text' }).click();
  await detail(page).getByLabel('Text to publish').fill('Vans parked on the pavement');
  await detail(page).getByLabel('Why (optional)').fill('names a school');
  await detail(page).getByRole('button', { name: 'Save redacted text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'text redacted' })).toBeFocused();
  await detail(page).getByRole('button', { name: 'Hide' }).click();
  await detail(page).getByLabel('Reason for hiding').fill('Not a community safety matter');
  await expect(row(page, 'Vans parked on the pavement$')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Inconsiderate parking: hidden.' })).toBeVisible();
  await expect(row(page, 'Vans parked')).toHaveCount(0);
  // The next one in the Published list is chosen, focus on its heading.
  await expect(detail(page).getByRole('heading', { name: 'Speeding' })).toBeFocused();
  await page.getByLabel('Show').selectOption({ label: 'Hidden' });
  await row(page, 'Vans parked on the pavement').click();
  await expect(detail(page)).toContainText('Hidden: Not a community safety matter');

  const rows = store.query<{ id: string; status: string; description: string; merged_into: string | null }>(
    'select id, status, description, merged_into from priorities order by created_at',
  );
  expect(rows).toEqual([
    { id: first!.id, status: 'hidden', description: 'Vans parked on the pavement', merged_into: null },
    { id: second!.id, status: 'merged', description: texts[1], merged_into: first!.id },
    { id: third!.id, status: 'published', description: texts[2], merged_into: null },
  ]);
  const audit = store.query<{ action: string }>(
    "select action from audit_log where action like 'moderation.%' order by id",
  );
  expect(audit.map((a) => a.action)).toEqual([
    'moderation.approve',
    'moderation.approve',
    'moderation.merge',
    'moderation.redact',
    'moderation.hide',
  ]);
});

test('a card keeps its open form and typed text when the list is fetched again', async ({ page, store }) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const texts = ['Bins left out all week', 'Fly-tipping behind the shops'];
  await pushToStore(store, items(texts, ['local.litter', 'local.fly-tipping']));
  await openModeration(page, store, 'pc.khan');
  await row(page, texts[0]!).click();
  await detail(page).getByRole('button', { name: 'Hide' }).click();
  await detail(page).getByLabel('Reason for hiding').fill('Sent to the council');

  // Another priority arrives and a second one is approved from the list: the list is fetched again.
  const [late] = items(['Graffiti on the bus shelter'], ['local.graffiti']);
  await pushToStore(store, [late!]);
  await page.getByRole('checkbox', { name: new RegExp(texts[1]!) }).check();
  await page.getByRole('button', { name: 'Approve selected (1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 of 1 published.' })).toBeVisible();
  await expect(row(page, 'Graffiti on the bus shelter')).toBeVisible();
  await expect(row(page, texts[1]!)).toHaveCount(0);

  await expect(detail(page).getByLabel('Reason for hiding')).toHaveValue('Sent to the council');
  await detail(page).getByRole('button', { name: 'Hide priority' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'hidden.' })).toBeVisible();
  expect(
    store.query<{ status: string }>('select status from priorities where description = ?', texts[0]),
  ).toEqual([{ status: 'hidden' }]);
});

test('an officer approves several clean priorities at once', async ({ page, store }) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const texts = [
    'Speeding on Dunchurch Road',
    'Parked cars block the bus stop',
    'Ring Sam on 07700 900123 about it',
  ];
  await pushToStore(store, items(texts, ['local.speeding', 'local.parking', 'local.speeding']));
  await openModeration(page, store, 'pc.khan');
  const flagged = page.getByRole('checkbox', { name: /Ring Sam/ });
  await expect(flagged).toBeDisabled();
  await expect(
    page.getByText('May contain personal details: open it and approve it on its own.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Select every one without personal details' }).click();
  await expect(page.getByRole('button', { name: 'Approve selected (2)' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Approve selected (2)' }).click();
  const outcome = page.getByRole('status').filter({ hasText: '2 of 2 published.' });
  await expect(outcome).toBeFocused();
  await expect(page.locator('.moderation-results li')).toHaveText([
    `Speeding: “${texts[0]}” is published.`,
    `Inconsiderate parking: “${texts[1]}” is published.`,
  ]);
  await expect(page.getByRole('list', { name: /New, waiting/ }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page);
  expect(
    store.query<{ status: string }>('select status from priorities order by created_at').map((r) => r.status),
  ).toEqual(['published', 'published', 'received']);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the list, then the chosen priority in its place, and Back to the list', async ({ page, store }) => {
    addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
    const texts = ['Speeding outside the primary school every single morning', 'Litter by the park gates'];
    await pushToStore(store, items(texts, ['local.speeding', 'local.litter']));
    await openModeration(page, store, 'pc.khan');
    const fits = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.moderation *')]
          // Map tiles lie beyond the map's edge, clipped by it: the map itself must fit.
          .filter((el) => !el.parentElement?.closest('.leaflet-container'))
          .every((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1),
      );
    await expect(row(page, texts[0]!)).toBeVisible();
    expect(await fits()).toBe(true);
    await row(page, texts[0]!).click();
    await expect(detail(page).getByRole('heading', { name: 'Speeding' })).toBeFocused();
    await expect(row(page, texts[1]!)).toBeHidden();
    await expect(page.getByRole('region', { name: /^Map: / })).toBeVisible();
    expect(await fits()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await expect(row(page, texts[0]!)).toBeFocused();
    await expect(page).not.toHaveURL(/item=/);
  });
});

test('an analyst signs in but is offered no moderation', async ({ page, store }) => {
  addStaffAccount(store, 'ana.lyst', 'analyst', 'Ana Lyst');
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'ana.lyst');
  await expect(page.getByText(/Signed in as Ana Lyst \(Analyst\)/)).toBeVisible();
  const tools = page.getByRole('navigation', { name: 'Staff tools' });
  await expect(tools.getByRole('link', { name: 'Strategic assessment' })).toBeVisible();
  await expect(tools.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
  // The address typed in opens no queue either, and says why.
  await page.goto(new URL('/staff/moderation', store.baseUrl).toString());
  await expect(page.getByText('Your role does not include moderation.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Moderation' })).toHaveCount(0);
});

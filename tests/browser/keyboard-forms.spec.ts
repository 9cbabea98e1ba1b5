// Forms the GOV.UK way, from the keyboard alone at a phone's size: a failed submit focuses
// "There is a problem", each of its links focuses its field, the description counts its
// characters aloud, and after every action focus lands on what replaced the control (the
// confirmation after Save, the map after Draw an area, ...), never on the page itself.
import type { Page } from '@playwright/test';
import { samplePriority } from '../support/backends-fixtures';
import { expect, expectAccessible, test, waitForWardList } from './support/fixtures';
import { mapSettled } from './support/map-settled';
import { goTo } from './support/navigation';
import { pushToStore } from './support/public-data';
import { addStaffAccount, STAFF_PASSWORD } from './support/staff-account';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const focused = (page: Page) => page.locator(':focus');
const summary = (page: Page) => page.locator('.error-summary');

/** Screenshots for review, only when asked for (SHOTS=1). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS) await page.screenshot({ path: `test-results/shots/${name}.png`, fullPage: false });
}

test('a priority with a ward and no pin: the error summary, its links, the character count and the confirmation', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);

  // Nothing filled in: the summary takes focus and lists every problem in the field's words.
  await page.getByRole('button', { name: 'Save priority' }).press('Enter');
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  const links = summary(page).getByRole('link');
  await expect(links).toHaveText([
    'Say where: tap the map, use your location, draw an area, or choose a ward.',
    'Choose a theme.',
    'Choose which describes you.',
  ]);
  await shot(page, 'error-summary');
  await expectAccessible(page);

  // Each link focuses its field; the field says the same words as its description.
  await summary(page).getByRole('link', { name: 'Choose a theme.' }).press('Enter');
  await expect(focused(page)).toHaveAccessibleName('What should be prioritised?');
  await expect(focused(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(focused(page)).toHaveAccessibleDescription('Error: Choose a theme.');
  await summary(page)
    .getByRole('link', { name: /^Say where/ })
    .press('Enter');
  await expect(focused(page)).toHaveAccessibleName(/^Or choose a ward/);
  await summary(page).getByRole('link', { name: 'Choose which describes you.' }).press('Enter');
  await expect(focused(page)).toHaveAccessibleName('I live here');

  await page.getByLabel(/Or choose a ward/).selectOption({ label: 'Benn' });
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Graffiti' });

  // The character count: what is left, announced once typing pauses; over the limit is shown.
  const description = page.getByLabel('Describe it briefly (optional)');
  const count = page.locator('#description-count-status');
  await expect(count).toHaveRole('status');
  await expect(count).toHaveText('You have 1,000 characters remaining');
  await description.pressSequentially('Tags on the bus shelter');
  await expect(count).toHaveText('You have 977 characters remaining');
  await description.fill('x'.repeat(1005));
  await expect(count).toHaveText('You have 5 characters too many');
  await shot(page, 'character-count-over');
  await page.getByLabel('I live here').press('Space');
  await page.getByRole('button', { name: 'Save priority' }).press('Enter');
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([
    'Description must be 1,000 characters or fewer.',
  ]);
  await summary(page).getByRole('link').press('Enter');
  await expect(description).toBeFocused();
  await description.fill('Tags on the bus shelter');
  await expect(count).toHaveText('You have 977 characters remaining');

  // Saved: the confirmation takes focus and the summary is gone.
  await page.getByRole('button', { name: 'Save priority' }).press('Enter');
  await expect(focused(page)).toHaveAccessibleName('Priority saved');
  await expect(focused(page)).toContainText('Saved on this device');
  await expect(summary(page)).toHaveCount(0);
  await shot(page, 'saved');
  await expectAccessible(page);

  // My priorities: the place in words and the date as a person reads it.
  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Tags on the bus shelter' });
  await expect(item).toContainText('Benn ward');
  await expect(item).toContainText(
    new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()),
  );
  await expect(item).not.toContainText(/\d{4}-\d{2}-\d{2}/);
});

test('a priority with a point pin: the map takes the keyboard, Enter pins the centre cross, focus stays where the person is', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  const map = page.getByRole('application', { name: /Map of the area/ });
  await expect(page.locator('.leaflet-overlay-pane path').first()).toBeVisible();

  // Zoom in from the keyboard, on the map itself, then pin the spot under the cross.
  await map.focus();
  await page.keyboard.press('+');
  await mapSettled(page);
  await page.keyboard.press('+');
  await mapSettled(page);
  await page.keyboard.press('Enter');
  const status = page.getByRole('status').filter({ hasText: /^Pin placed/ });
  await expect(status).toHaveText(/^Pin placed in .+ ward\.$/);
  await expect(map).toBeFocused();
  await expect(page.getByText(/\d+\.\d{4,}/)).toHaveCount(0);

  // Move the map with the arrow keys and pin again: the pin follows the cross, focus stays on the map.
  await page.keyboard.press('ArrowRight');
  await mapSettled(page);
  await page.keyboard.press('Enter');
  await expect(map).toBeFocused();

  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('I live here').press('Space');
  await page.getByRole('button', { name: 'Save priority' }).press('Enter');
  await expect(focused(page)).toHaveAccessibleName('Priority saved');
  await expectAccessible(page);

  await goTo(page, 'my');
  const item = page.getByRole('listitem').filter({ hasText: 'Speeding' });
  await expect(item).toContainText('Sent');
  // Said in words (the ward the store placed it in), never as coordinates.
  await expect(item).toContainText(/ ward · /);
  await expect(item).not.toContainText(/\d+\.\d{4,}/);
  const [row] = store.query<{ place_kind: string }>('select place_kind from priorities');
  expect(row?.place_kind).toBe('point');
});

test('a priority with a drawn area: focus follows Draw, Undo, Cancel, Finish and Remove', async ({
  page,
  store,
}) => {
  await page.goto(store.baseUrl);
  await waitForWardList(page);
  const map = page.getByRole('application', { name: /Map of the area/ });
  const draw = page.getByRole('button', { name: 'Draw an area instead' });
  const addCorner = page.getByRole('button', { name: 'Add a corner at the centre of the map' });

  // Draw: the map takes focus, ready for the arrow keys; Cancel gives focus back to Draw.
  await draw.press('Enter');
  await expect(map).toBeFocused();
  await page.getByRole('button', { name: 'Cancel drawing' }).press('Enter');
  await expect(draw).toBeFocused();

  // Undoing the only corner disables Undo: focus goes to adding a corner instead.
  await draw.press('Enter');
  await expect(map).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await addCorner.press('Enter');
  await expect(page.getByText('1 corner so far.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo the last corner' }).press('Enter');
  await expect(page.getByText('0 corners so far.')).toBeVisible();
  await expect(addCorner).toBeFocused();

  let corners = 0;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) {
    await mapSettled(page);
    await addCorner.press('Enter');
    corners += 1;
    await expect(page.getByText(`${corners} ${corners === 1 ? 'corner' : 'corners'} so far.`)).toBeVisible();
    await map.press(key);
    await map.press(key);
  }
  await mapSettled(page);
  await addCorner.press('Enter');
  await expect(page.getByText('4 corners so far.')).toBeVisible();
  await shot(page, 'drawing');

  // Finish: focus on the drawn area's status; Remove: back to Draw an area.
  await page.getByRole('button', { name: 'Finish the area' }).press('Enter');
  const drawn = page.getByText('Area drawn with 4 corners.');
  await expect(drawn).toBeFocused();
  await page.getByRole('button', { name: 'Remove the area' }).press('Enter');
  await expect(draw).toBeFocused();

  // Drawn again and saved.
  await draw.press('Enter');
  await expect(map).toBeFocused();
  for (const key of ['ArrowUp', 'ArrowRight', 'ArrowDown']) {
    await mapSettled(page);
    await addCorner.press('Enter');
    await map.press(key);
    await map.press(key);
  }
  await expect(page.getByText('3 corners so far.')).toBeVisible();
  await page.getByRole('button', { name: 'Finish the area' }).press('Enter');
  await expect(page.getByText('Area drawn with 3 corners.')).toBeFocused();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Graffiti' });
  await page.getByLabel('I live here').press('Space');
  await page.getByRole('button', { name: 'Save priority' }).press('Enter');
  await expect(focused(page)).toHaveAccessibleName('Priority saved');
  await expectAccessible(page);
  await expect
    .poll(() => store.query<{ geometry: string }>('select geometry from priorities').length, {
      timeout: 30_000,
    })
    .toBe(1);
});

test('sign-in and moderation from the keyboard: the error summary in each form, and focus after every decision', async ({
  page,
  store,
}) => {
  addStaffAccount(store, 'pc.khan', 'officer', 'PC Asha Khan');
  const texts = ['Loud car meets at night', 'Vans parked on the pavement'];
  await pushToStore(
    store,
    texts.map((description, i) =>
      samplePriority({
        description,
        themeKey: i === 0 ? 'local.speeding' : 'local.parking',
        createdAt: `2026-05-0${i + 1}T10:00:00.000Z`,
        updatedAt: `2026-05-0${i + 1}T10:00:00.000Z`,
      }),
    ),
  );
  await page.goto(store.baseUrl);
  await goTo(page, 'staff');

  // Sign-in with nothing entered: the summary, and its links to the fields.
  const password = page.getByLabel('Password');
  await password.press('Enter');
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText(['Enter your username.', 'Enter your password.']);
  await expectAccessible(page);
  await summary(page).getByRole('link', { name: 'Enter your username.' }).press('Enter');
  await expect(page.getByLabel('Username')).toBeFocused();
  await expect(page.getByLabel('Username')).toHaveAccessibleDescription('Error: Enter your username.');
  await page.keyboard.type('pc.khan');
  await password.fill(STAFF_PASSWORD);
  await password.press('Enter');
  // The form is replaced by who is signed in, which takes focus.
  await expect(page.getByText(/Signed in as PC Asha Khan/)).toBeFocused();
  // The staff tools follow; moderation is one of them, and a new screen starts with focus on its content.
  await page
    .getByRole('navigation', { name: 'Staff tools' })
    .getByRole('link', { name: 'Moderation' })
    .press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  const row = (text: string) => page.getByRole('listitem').filter({ hasText: text });
  await expect(row(texts[0]!)).toContainText('1 May 2026');
  // Choosing one from the list: its card takes the focus, on its heading.
  await row(texts[1]!).getByRole('link').press('Enter');
  await expect(page.getByRole('heading', { name: 'Inconsiderate parking' })).toBeFocused();
  const card = (theme: string) => page.getByRole('article', { name: theme });

  // Hide with no reason: the card's own summary takes focus; its link focuses the reason.
  await card('Inconsiderate parking').getByRole('button', { name: 'Hide' }).press('Enter');
  await expect(
    card('Inconsiderate parking').getByRole('button', { name: 'Hide', exact: true }),
  ).toBeFocused();
  await card('Inconsiderate parking').getByRole('button', { name: 'Hide priority' }).press('Enter');
  const cardSummary = card('Inconsiderate parking').locator('.error-summary');
  await expect(cardSummary).toBeFocused();
  await expect(cardSummary.getByRole('link')).toHaveText(['Give a reason of at least 3 characters.']);
  await shot(page, 'moderation-error');
  await expectAccessible(page);
  await cardSummary.getByRole('link').press('Enter');
  const reason = card('Inconsiderate parking').getByLabel('Reason for hiding');
  await expect(reason).toBeFocused();
  await page.keyboard.type('Not a community safety matter');
  await page.keyboard.press('Enter');
  // It leaves the queue: the outcome is said and the next one in the list takes focus.
  const outcome = page.getByRole('status').filter({ hasText: 'Inconsiderate parking: hidden.' });
  await expect(outcome).toBeVisible();
  await expect(card('Inconsiderate parking')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Speeding' })).toBeFocused();

  await card('Speeding').getByRole('button', { name: 'Approve' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Speeding: published.' })).toBeFocused();
  await expect(page.getByText('Nothing here for Rugby.')).toBeVisible();
  await expectAccessible(page);
  expect(store.query<{ status: string }>('select status from priorities order by created_at')).toEqual([
    { status: 'published' },
    { status: 'hidden' },
  ]);
});

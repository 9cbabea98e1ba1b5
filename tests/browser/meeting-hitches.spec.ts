// Meetings without a hitch (issue 14 item 7), on the shared touch tablet: a tap is never lost to
// moving layout; an agenda item goes on the ballot once; an attendee's turn locks the device until
// it ends or the chair unlocks, and a half-finished turn asks keep or discard; a tie for the last
// agreed place is shown and the chair chooses; the projector view is full screen; the map opens on
// the meeting's ward and warns of a pin outside it; the staff screen offers the record as CSV.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { MEETINGS_API } from '../../src/domain/meetings-api';
import { sampleTiedBundle } from '../domain/meeting-fixtures';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { mapSettled } from './support/map-settled';
import {
  openAsMeetingPcso,
  openMeetings,
  raiseAsChair,
  setUpMeeting,
  takeTurn,
} from './support/meeting-steps';
import { goTo } from './support/navigation';
import { addStaffAccount, signInOnDevice, signInOverHttp } from './support/staff-account';

const example = (name: string) => JSON.parse(readFileSync(`tests/fixtures/police-uk/${name}.json`, 'utf8'));
const policeUkText = JSON.stringify([
  example('neighbourhood-priority-html'),
  example('neighbourhood-priority-no-action'),
]);

async function openApp(page: Page, baseUrl: string) {
  await page.goto(baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  await openMeetings(page);
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const meetingSteps = (page: Page) => page.getByRole('navigation', { name: 'Meeting steps' });

test('pasted police.uk priorities, then one tap starts the meeting; an agenda item goes on the ballot once', async ({
  page,
  store,
}) => {
  await openApp(page, store.baseUrl);
  // setUpMeeting pastes, then taps "Start the meeting" once and expects the meeting to be open.
  await setUpMeeting(page, { venue: 'Benn Community Centre', policeUkPaste: policeUkText });
  const imported = page.getByRole('list', { name: 'Current police.uk priorities' }).getByRole('listitem');
  await expect(imported).toHaveCount(2);
  await expect(imported.nth(0).getByRole('button', { name: 'Put this to the vote' })).toBeVisible();

  await imported.nth(0).getByRole('button', { name: 'Put this to the vote' }).click();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByRole('button', { name: 'Add to the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();

  await meetingSteps(page).getByRole('button', { name: 'Agenda' }).click();
  await expect(imported.nth(0)).toContainText('Already on the ballot: it cannot be added again.');
  await expect(imported.nth(0).getByRole('button', { name: 'Put this to the vote' })).toHaveCount(0);
  await expect(imported.nth(1).getByRole('button', { name: 'Put this to the vote' })).toBeVisible();
  await expectAccessible(page);
});

test('an attendee’s turn shows only the turn until it ends or the chair unlocks; unsaved votes are kept or discarded', async ({
  page,
  store,
}) => {
  await openApp(page, store.baseUrl);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  await raiseAsChair(page, 'Speeding', 'Cars race past the school');
  await raiseAsChair(page, 'Noise', 'Late music');
  await meetingSteps(page).getByRole('button', { name: 'Attendee turns' }).click();
  const turnUrl = page.url();

  // Started from the keyboard: focus goes to the turn, and everything else is gone.
  await page.getByRole('button', { name: 'Start my turn' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeFocused();
  await expect(meetingSteps(page)).toHaveCount(0);
  await expect(mainNav(page)).toHaveCount(0);
  await expect(page.getByLabel('Attendance (people in the room)')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back to meetings' })).toHaveCount(0);
  await expect(page.getByLabel('Your area')).toHaveCount(0);
  await expectAccessible(page);

  // Back does not leave the turn.
  await page.goBack();
  await expect(
    page.getByText('Your turn is still open. Finish your turn, or cancel it, before leaving.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  expect(page.url()).toBe(turnUrl);

  // A vote placed, then the attendee cancels: keep or discard? Keep saves it and ends the turn.
  const vote = page
    .getByRole('list', { name: /votes? left/ })
    .getByRole('button')
    .filter({ hasText: 'Speeding' });
  await vote.click();
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Cancel my turn' }).click();
  await expect(page.getByRole('heading', { name: 'Keep the votes from this turn?' })).toBeFocused();
  await expect(page.getByText('This turn has 1 vote that is not saved yet.')).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Keep the votes and end the turn' }).click();
  await expect(page.getByText('1 person has taken a turn.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start my turn' })).toBeFocused();
  await expect(meetingSteps(page)).toBeVisible();
  await expect(mainNav(page)).toBeVisible();

  // The next turn: a passing tap on the chair's control does nothing; held, it unlocks.
  await page.getByRole('button', { name: 'Start my turn' }).click();
  await vote.click();
  const hold = page.getByRole('button', { name: 'Chair: hold to end this turn' });
  await hold.tap();
  await expect(page.getByRole('heading', { name: 'Your turn' })).toBeVisible();
  await hold.focus();
  await page.keyboard.down('Enter');
  await expect(page.getByText('Keep holding…')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Keep the votes from this turn?' })).toBeFocused();
  await page.keyboard.up('Enter');
  await page.getByRole('button', { name: 'Discard the votes' }).click();
  await expect(page.getByText('Turn cancelled: no votes were saved.')).toBeVisible();
  await expect(page.getByText('1 person has taken a turn.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start my turn' })).toBeFocused();
  await expect(mainNav(page)).toBeVisible();

  // A turn with no votes ends at once on cancel: nothing to keep.
  await page.getByRole('button', { name: 'Start my turn' }).click();
  await page.getByRole('button', { name: 'Cancel my turn' }).click();
  await expect(page.getByText('Turn cancelled: no votes were saved.')).toBeVisible();
  // With the turn over, the app can be left again.
  await page.goBack();
  await expect(page).not.toHaveURL(turnUrl);
});

test('a four-way tie for the last agreed place is shown and the chair chooses; the store records it as a tie', async ({
  page,
  store,
}) => {
  await openAsMeetingPcso(page, store);
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'Benn Community Centre', agreedCount: 2 });
  for (const [theme, words] of [
    ['Speeding', 'Cars race past the school'],
    ['Noise', 'Late music'],
    ['Fly-tipping', 'Mattresses behind the shops'],
    ['Inconsiderate parking', 'Vans on the verges'],
    ['Street lighting', 'Dark path by the park'],
  ] as const)
    await raiseAsChair(page, theme, words);
  await meetingSteps(page).getByRole('button', { name: 'Attendee turns' }).click();
  // Speeding 2; Noise, Fly-tipping, Inconsiderate parking, Street lighting 1 each: four tie for place 2.
  await takeTurn(page, ['Speeding', 'Noise', 'Fly-tipping']);
  await takeTurn(page, ['Speeding', 'Inconsiderate parking', 'Street lighting']);

  await meetingSteps(page).getByRole('button', { name: 'Results' }).click();
  await page.getByRole('button', { name: 'Close voting' }).click();
  await expect(page.getByRole('heading', { name: 'A tie for place 2' })).toBeFocused();
  await expect(page.getByText('4 priorities have 1 vote each, and there is room for 1 more.')).toBeVisible();
  await expect(page.getByLabel('Agree: Speeding (2 votes)')).toBeChecked();
  for (const theme of ['Noise', 'Fly-tipping', 'Inconsiderate parking', 'Street lighting'])
    await expect(page.getByLabel(`Agree: ${theme} (1 vote)`)).not.toBeChecked();
  await expect(page.getByText('Tied for place 2: the chair chooses.')).toHaveCount(4);
  await expectAccessible(page);

  await page.getByLabel('Lead agency for Speeding (2 votes)').selectOption({ label: 'Police' });
  await page.getByLabel('Intended action for Speeding (2 votes)').fill('Speed checks at the school');
  await page.getByRole('button', { name: 'Agree and finish the meeting' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Priorities are tied for place 2: choose which of them the meeting agrees before finishing.',
  );
  // The chair chooses the third raised of the four: not the one the order raised would have taken.
  await page.getByLabel('Agree: Inconsiderate parking (1 vote)').check();
  await page.getByLabel('Lead agency for Inconsiderate parking (1 vote)').selectOption({ label: 'Council' });
  await page.getByLabel('Intended action for Inconsiderate parking (1 vote)').fill('Verge posts');
  await page.getByRole('button', { name: 'Agree and finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting record: Sent' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(
    page.getByRole('list', { name: 'Agreed priorities' }).getByRole('listitem').nth(1),
  ).toContainText('Chosen by the chair after a tie for place 2.');

  const [stored] = store.query<{ agreed_tie: string }>('select agreed_tie from meetings');
  const themeOf = (id: string) =>
    store.query<{ theme_key: string }>('select theme_key from priorities where id = ?', id)[0]?.theme_key;
  const tie = JSON.parse(stored!.agreed_tie) as {
    place: number;
    votes: number;
    candidates: string[];
    chosen: string[];
  };
  expect({ place: tie.place, votes: tie.votes }).toEqual({ place: 2, votes: 1 });
  expect(tie.candidates.map(themeOf)).toEqual([
    'local.noise',
    'local.fly-tipping',
    'local.parking',
    'local.street-lighting',
  ]);
  expect(tie.chosen.map(themeOf)).toEqual(['local.parking']);
});

test('the projector view is full screen with only the results, and has a way out', async ({
  page,
  store,
}) => {
  await openApp(page, store.baseUrl);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  await raiseAsChair(page, 'Speeding', 'Cars race past the school');
  const open = page.getByRole('button', { name: 'Large view for a projector' });
  await open.click();
  const view = page.getByRole('dialog', { name: 'Results for the projector' });
  await expect(view).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('role')))
    .toBe('dialog');
  await expect(view.getByRole('list', { name: 'Priorities ranked by votes' })).toContainText('Speeding');
  await expect(view.getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Leave the large view' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Leave the large view' }).click();
  await expect(view).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(open).toBeFocused();
  // Esc, the browser's own way out of full screen, closes it too.
  await open.click();
  await expect(view).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
});

test("the meeting's map opens on its ward and warns, naming the ward, of a pin outside it", async ({
  page,
  store,
}) => {
  await openApp(page, store.baseUrl);
  await setUpMeeting(page, { venue: 'Benn Community Centre' });
  await meetingSteps(page).getByRole('button', { name: 'Chair: add a priority' }).click();
  await page.getByRole('button', { name: 'Pin it or draw an area on the map' }).click();
  const map = page.getByRole('application', { name: /Map of the area/ });
  await expect(map).toBeVisible();
  await mapSettled(page);
  // Opened on Benn, the centre of the map is in Benn.
  await page.getByRole('button', { name: 'Place the pin at the centre cross' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pin placed in Benn ward.' })).toBeVisible();
  // Out of Benn, the pin is kept but the chair is warned, by the ward's name.
  await map.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('-');
  await mapSettled(page);
  // Keyboard pans glide and a loaded machine drops some: move east until the centre leaves Benn.
  const outside = page
    .getByRole('status')
    .filter({ hasText: "This pin is outside Benn ward, the meeting's ward" });
  await expect(async () => {
    await map.focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await mapSettled(page);
    await page.getByRole('button', { name: 'Place the pin at the centre cross' }).click();
    await expect(outside).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(page);
});

test('the staff screen offers the meeting record as CSV, telling the tie', async ({ page, store }) => {
  const bundle = sampleTiedBundle();
  addStaffAccount(store, 'amy.shaw', 'officer', 'PC Amy Shaw');
  const upload = await fetch(`${store.baseUrl}${MEETINGS_API.bundles}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await signInOverHttp(store, 'amy.shaw')}`,
    },
    body: JSON.stringify(bundle),
  });
  expect(upload.status).toBe(200);
  await page.goto(store.baseUrl);
  await signInOnDevice(page, 'amy.shaw');
  await goTo(page, 'responses');
  await expect(page.getByRole('heading', { name: 'You said, we did' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Download: Meeting record (CSV spreadsheet)' }),
  ).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download: Meeting record (CSV spreadsheet)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('meeting-2026-11-20-E05008974.csv');
  const csv = readFileSync((await file.path())!, 'utf8');
  expect(csv).toContain('Tied on 4 votes for place 3: chosen by the chair.');
  expect(csv).toContain('Tied on 4 votes for place 3: not chosen.');
});

// A whole PACT meeting on one device with no signal: set-up with police.uk priorities, a
// priority raised aloud with an area drawn on the map, ten attendees taking turns, results,
// agreeing; back online it waits for a staff sign-in, then reaches the store once, whole.
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test, waitForServiceWorker, waitForWardList } from './support/fixtures';
import { mapSettled } from './support/map-settled';
import { openMeetings, setUpMeeting, takeTurn } from './support/meeting-steps';
import { addStaffAccount, signInOnDevice } from './support/staff-account';

const example = (name: string) => JSON.parse(readFileSync(`tests/fixtures/police-uk/${name}.json`, 'utf8'));
const policeUkFile = {
  name: 'priorities.json',
  buffer: Buffer.from(
    JSON.stringify([example('neighbourhood-priority-html'), example('neighbourhood-priority-no-action')]),
  ),
};

// Ten attendees. Totals: Speeding 9, Parking 7, Fly-tipping 6, Noise 2.
const TURNS: { votes: string[]; add?: { theme: string; description: string; check?: boolean } }[] = [
  {
    votes: ['Speeding'],
    add: { theme: 'Fly-tipping', description: 'Mattresses behind the shops', check: true },
  },
  {
    votes: ['Speeding', 'Fly-tipping'],
    add: { theme: 'Inconsiderate parking', description: 'Vans on the verges' },
  },
  {
    votes: ['Speeding', 'Inconsiderate parking', 'Fly-tipping'],
    add: { theme: 'Noise', description: 'Late music' },
  },
  { votes: ['Speeding', 'Inconsiderate parking', 'Noise'] },
  { votes: ['Speeding', 'Inconsiderate parking', 'Fly-tipping'] },
  { votes: ['Speeding', 'Inconsiderate parking'] },
  { votes: ['Speeding', 'Inconsiderate parking', 'Fly-tipping'] },
  { votes: ['Speeding', 'Fly-tipping', 'Noise'] },
  { votes: ['Speeding', 'Inconsiderate parking'] },
  { votes: ['Inconsiderate parking', 'Fly-tipping'] },
];

test('a whole meeting offline on one device, ten attendees voting, reaches the store once', async ({
  context,
  page,
  store,
}) => {
  test.setTimeout(240_000);
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  await openMeetings(page);
  await expectAccessible(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(/Offline/)).toBeVisible();
  await openMeetings(page);
  await setUpMeeting(page, { venue: 'St Andrew’s Church Hall', policeUkFile, check: true });

  // The agenda: no earlier meeting known; the police.uk priorities as plain text, HTML gone.
  await expect(page.getByText('No earlier meeting for this ward is known to this device.')).toBeVisible();
  const imported = page.getByRole('list', { name: 'Current police.uk priorities' }).getByRole('listitem');
  await expect(imported).toHaveCount(2);
  await expect(imported.nth(0)).toContainText('Beggars and homeless persons are using private premises');
  await expect(imported.nth(0)).not.toContainText('<p>');
  await expect(imported.nth(0)).toContainText('Sgt Dyer');
  await expect(imported.nth(1)).toContainText('No action reported yet');
  await expectAccessible(page);

  // The chair enters a priority raised aloud and draws its area, without a pointer.
  await page.getByRole('button', { name: 'Chair: add a priority' }).click();
  await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
  await page.getByLabel('Describe it briefly (optional)').fill('Cars race past the school gates');
  await page.getByRole('button', { name: 'Pin it or draw an area on the map' }).click();
  await page.getByRole('button', { name: 'Draw an area instead' }).click();
  await expect(page.getByRole('heading', { name: 'Drawing an area' })).toBeVisible();
  await expectAccessible(page);
  const addCorner = page.getByRole('button', { name: 'Add a corner at the centre of the map' });
  const map = page.getByRole('application', { name: /Map of the area/ });
  // From the whole partnership down to a few streets.
  await map.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  // Keyboard panning animates: a corner added before the map has settled would land where the
  // last one did (and be dropped as a repeat), so each waits for the map to stop moving.
  let corners = 0;
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', undefined]) {
    await mapSettled(page);
    await addCorner.click();
    corners += 1;
    await expect(page.getByText(`${corners} corner${corners === 1 ? '' : 's'} so far.`)).toBeVisible();
    if (!key) break;
    await map.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press(key);
  }
  await page.getByRole('button', { name: 'Finish the area' }).click();
  await expect(page.getByText('Area drawn with 4 corners.')).toBeVisible();
  await page.getByRole('button', { name: 'Add to the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await page.getByRole('button', { name: 'Attendee turns' }).click();
  await expect(page.getByText('0 people have taken a turn.')).toBeVisible();
  await expectAccessible(page);

  for (const [i, turn] of TURNS.entries()) {
    await takeTurn(page, turn.votes, turn.add);
    await expect(
      page.getByText(`${i + 1} ${i === 0 ? 'person has' : 'people have'} taken a turn.`),
    ).toBeVisible();
    if (i === 0) await expectAccessible(page);
  }
  // A turn allows at most three dots; the fourth is refused with a reason.
  await page.getByRole('button', { name: 'Start my turn' }).click();
  await expectAccessible(page);
  for (const theme of ['Speeding', 'Noise', 'Fly-tipping', 'Inconsiderate parking'])
    await page
      .getByRole('list', { name: /votes? left/ })
      .getByRole('button')
      .filter({ hasText: theme })
      .click();
  await expect(page.getByText('You have used all 3 votes.')).toBeVisible();
  // Leaving a turn with votes not yet saved asks first; discarded, nothing is saved.
  await page.getByRole('button', { name: 'Cancel my turn' }).click();
  await page.getByRole('button', { name: 'Discard the votes' }).click();
  await expect(page.getByText('Turn cancelled: no votes were saved.')).toBeVisible();

  await page.getByLabel('Attendance (people in the room)').fill('14');
  await page.getByLabel('Attendance (people in the room)').blur();
  await page.getByRole('button', { name: 'Results' }).click();
  const results = page.getByRole('list', { name: 'Priorities ranked by votes' }).getByRole('listitem');
  await expect(results).toHaveText([
    /^1Speeding.*9 votes/,
    /^2Inconsiderate parking.*7 votes/,
    /^3Fly-tipping.*6 votes/,
    /^4Noise.*2 votes/,
  ]);
  await page.getByRole('button', { name: 'Large view for a projector' }).click();
  await expect(page.locator('.results.projector')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Leave the large view' }).click();
  await page.getByRole('button', { name: 'Close voting' }).click();

  // Agree the proposed top three, each with a lead agency and an intended action.
  await expect(page.getByRole('heading', { name: 'Agree the priorities' })).toBeVisible();
  for (const [theme, agency] of [
    ['Speeding (9 votes)', 'Police'],
    ['Inconsiderate parking (7 votes)', 'Council'],
    ['Fly-tipping (6 votes)', 'Council'],
  ]) {
    await page.getByLabel(`Lead agency for ${theme}`).selectOption({ label: agency });
    await page.getByLabel(`Intended action for ${theme}`).fill(`Action on ${theme}`);
  }
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Agree and finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Meeting record: Waiting to send' })).toBeVisible();
  await expectAccessible(page);
  expect(store.query('select id from meetings')).toHaveLength(0);

  // A reload while still offline keeps everything.
  await page.reload();
  await openMeetings(page);
  await expect(page.getByRole('listitem').filter({ hasText: 'Finished' })).toContainText('Waiting to send');

  // Online, but nobody who may send a meeting is signed in: it waits and says who is needed.
  await context.setOffline(false);
  const finished = page.getByRole('listitem').filter({ hasText: 'Finished' });
  await expect(finished).toContainText(
    'Waiting for a PCSO, officer or administrator of this area to sign in',
    {
      timeout: 30_000,
    },
  );
  await expectAccessible(page);
  expect(store.query('select id from meetings')).toHaveLength(0);
  addStaffAccount(store, 'pat.reid', 'pcso', 'PCSO Pat Reid');
  await signInOnDevice(page, 'pat.reid');
  await openMeetings(page);
  await expect(finished).toContainText('Sent', { timeout: 30_000 });
  const meetings = store.query<{ id: string; attendance: number; voters: number; partners: string }>(
    'select id, attendance, voters, partners from meetings',
  );
  expect(meetings).toEqual([
    { id: expect.any(String), attendance: 14, voters: 10, partners: '["police","council"]' },
  ]);
  const items = store.query<{
    theme_key: string;
    votes: number;
    source: string;
    channel: string;
    ward_code: string;
  }>(
    `select p.theme_key, i.votes, i.source, p.channel, p.ward_code from meeting_items i
     join priorities p on p.id = i.priority_id order by i.votes desc`,
  );
  // The drawn area arrived as a polygon and was placed in a ward like any priority.
  const [drawn] = store.query<{ place_kind: string; geometry: string; ward_code: string | null }>(
    "select place_kind, geometry, ward_code from priorities where theme_key = 'local.speeding'",
  );
  expect(drawn?.place_kind).toBe('area');
  expect(JSON.parse(drawn!.geometry).coordinates[0]).toHaveLength(5);
  expect(drawn?.ward_code).toMatch(/^E05/);
  expect(items).toEqual([
    {
      theme_key: 'local.speeding',
      votes: 9,
      source: 'chair',
      channel: 'meeting',
      ward_code: drawn!.ward_code,
    },
    { theme_key: 'local.parking', votes: 7, source: 'attendee', channel: 'meeting', ward_code: 'E05008974' },
    {
      theme_key: 'local.fly-tipping',
      votes: 6,
      source: 'attendee',
      channel: 'meeting',
      ward_code: 'E05008974',
    },
    { theme_key: 'local.noise', votes: 2, source: 'attendee', channel: 'meeting', ward_code: 'E05008974' },
  ]);
  expect(store.query('select rank, lead_agency from meeting_agreed order by rank')).toEqual([
    { rank: 1, lead_agency: 'police' },
    { rank: 2, lead_agency: 'council' },
    { rank: 3, lead_agency: 'council' },
  ]);
  // Another sync round sends nothing more: the meeting is held once.
  await page.reload();
  await expect(page.getByText(/everything sent/)).toBeVisible({ timeout: 30_000 });
  expect(store.query('select id from meetings')).toHaveLength(1);
  expect(store.query('select priority_id from meeting_items')).toHaveLength(4);
});

// Steps shared by the meeting browser tests: set a meeting up, take kiosk turns, agree.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, waitForServiceWorker, waitForWardList } from './fixtures';
import { goTo } from './navigation';
import { addStaffAccount, signInOnDevice } from './staff-account';
import type { StoreServer } from './store-server';

/** The app installed with its wards, and the PCSO who will run the meeting signed in (sending needs it). */
export async function openAsMeetingPcso(page: Page, store: StoreServer): Promise<void> {
  await page.goto(store.baseUrl);
  await waitForServiceWorker(page);
  await waitForWardList(page);
  addStaffAccount(store, 'pat.reid', 'pcso', 'PCSO Pat Reid');
  await signInOnDevice(page, 'pat.reid');
}

export async function openMeetings(page: Page): Promise<void> {
  await goTo(page, 'meetings');
  await expect(page.getByRole('heading', { name: 'Meetings' })).toBeVisible();
}

export async function setUpMeeting(
  page: Page,
  options: {
    venue: string;
    policeUkFile?: { name: string; buffer: Buffer };
    /** The police.uk file's contents pasted instead of chosen, then ONE tap on Start the meeting. */
    policeUkPaste?: string;
    agreedCount?: number;
    check?: boolean;
  },
) {
  await page.getByRole('link', { name: 'Set up a new meeting' }).click();
  await page.getByLabel('Ward', { exact: true }).selectOption({ label: 'Benn' });
  await page.getByLabel('Venue').fill(options.venue);
  await page.getByLabel('Chair', { exact: true }).fill('Pat Reid');
  await page.getByLabel('Council').check();
  if (options.policeUkFile) {
    await page
      .getByLabel('police.uk priorities file')
      .setInputFiles({ ...options.policeUkFile, mimeType: 'application/json' });
    await expect(page.getByRole('status').filter({ hasText: /Imported \d+ current/ })).toBeVisible();
  }
  if (options.agreedCount) await page.getByLabel('Priorities to agree').fill(String(options.agreedCount));
  // Pasted, then straight to the button as a chair would: no waiting for the list to appear.
  if (options.policeUkPaste)
    await page.getByLabel("Or paste the file's contents").fill(options.policeUkPaste);
  if (options.check) await expectAccessible(page);
  // A tap, as a finger on the tablet: it must not be lost to the list appearing under it.
  await page.getByRole('button', { name: 'Start the meeting' }).tap();
  await expect(page.getByRole('heading', { name: /PACT meeting: Benn/ })).toBeVisible();
}

export async function raiseAsChair(page: Page, theme: string, description: string) {
  await page.getByRole('button', { name: 'Chair: add a priority' }).click();
  await page.getByLabel('What should be prioritised?').selectOption({ label: theme });
  await page.getByLabel('Describe it briefly (optional)').fill(description);
  await page.getByRole('button', { name: 'Add to the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
}

const voteButton = (page: Page, theme: string) =>
  page
    .getByRole('list', { name: /votes? left/ })
    .getByRole('button')
    .filter({ hasText: theme });

/** One attendee's turn: optionally add a priority, then vote for the given themes. */
export async function takeTurn(
  page: Page,
  votes: readonly string[],
  add?: { theme: string; description: string; check?: boolean },
) {
  await page.getByRole('button', { name: 'Start my turn' }).click();
  if (add) {
    await page.getByRole('button', { name: 'Raise a new priority' }).click();
    if (add.check) await expectAccessible(page);
    await page.getByLabel('What should be prioritised?').selectOption({ label: add.theme });
    await page.getByLabel('Describe it briefly (optional)').fill(add.description);
    await page.getByRole('button', { name: 'Add my priority' }).click();
    await expect(page.getByText('Your priority is added.')).toBeVisible();
  }
  for (const theme of votes) {
    await voteButton(page, theme).click();
    await expect(voteButton(page, theme)).toHaveAttribute('aria-pressed', 'true');
  }
  await page.getByRole('button', { name: 'Finish my turn' }).click();
  await expect(page.getByRole('button', { name: 'Start my turn' })).toBeVisible();
}

/** Closes voting and agrees the proposed priorities, each with the police as lead and an action. */
export async function closeAndAgree(
  page: Page,
  agreements: readonly (readonly [label: string, action: string])[],
) {
  await page.getByRole('button', { name: 'Results' }).click();
  await page.getByRole('button', { name: 'Close voting' }).click();
  for (const [label, action] of agreements) {
    await page.getByLabel(`Lead agency for ${label}`).selectOption({ label: 'Police' });
    await page.getByLabel(`Intended action for ${label}`).fill(action);
  }
  await page.getByRole('button', { name: 'Agree and finish the meeting' }).click();
}

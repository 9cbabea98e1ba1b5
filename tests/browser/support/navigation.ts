// How browser tests move between the app's screens, as a person would: through the app's own
// navigation (the bar of five destinations, then "More" or the staff tools). One place, so a
// change to the frame changes one function.
import type { Page } from '@playwright/test';

export type Screen =
  | 'add'
  | 'my'
  | 'area'
  | 'area-list'
  | 'area-done'
  | 'offline-map'
  | 'meetings'
  | 'staff'
  | 'patrol'
  | 'moderation'
  | 'responses'
  | 'assessment'
  | 'device';

const IN_BAR: Partial<Record<Screen, RegExp>> = {
  add: /^Add a priority/,
  my: /^My priorities/,
  area: /^In your area/,
  meetings: /^Meetings/,
};
const IN_MORE: Partial<Record<Screen, RegExp>> = {
  'offline-map': /^Map for offline use/,
  device: /^This device/,
  staff: /^Staff/,
};

const STAFF_TOOLS: Partial<Record<Screen, string>> = {
  patrol: 'Patrol',
  moderation: 'Moderation',
  responses: 'You said, we did',
  assessment: 'Strategic assessment',
};

const bar = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Opens a screen through the app's navigation. */
export async function goTo(page: Page, screen: Screen): Promise<void> {
  const direct = IN_BAR[screen];
  if (direct) return bar(page).getByRole('link', { name: direct }).click();
  if (screen === 'area-list') {
    await goTo(page, 'area');
    return page
      .getByRole('navigation', { name: 'Show priorities as' })
      .getByRole('link', { name: 'List' })
      .click();
  }
  if (screen === 'area-done') {
    await goTo(page, 'area');
    return page.getByRole('link', { name: 'What was done in your area, newest first' }).click();
  }
  const tool = STAFF_TOOLS[screen];
  if (tool) {
    await goTo(page, 'staff');
    return page.getByRole('navigation', { name: 'Staff tools' }).getByRole('link', { name: tool }).click();
  }
  await bar(page).getByRole('link', { name: /^More/ }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: IN_MORE[screen] ?? /^$/ })
    .click();
}

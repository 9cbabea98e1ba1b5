// How browser tests move between the app's screens, as a person would: through the app's own
// navigation. One place, so a change to the frame changes one function.
import type { Page } from '@playwright/test';

export type Screen = 'add' | 'my' | 'area' | 'offline-map' | 'meetings' | 'staff' | 'patrol' | 'device';

const TAB_NAMES: Record<Screen, RegExp> = {
  add: /^Add a priority/,
  my: /^My priorities/,
  area: /^Priorities in your area/,
  'offline-map': /^Map for offline use/,
  meetings: /^Meetings/,
  staff: /^Staff/,
  patrol: /^Patrol/,
  device: /^This device/,
};

/**
 * Opens a screen through the app's navigation, with the keyboard (Enter on the tab): at a phone's
 * width today's tab row overlaps itself and the header, so a tap can land on the wrong tab.
 */
export async function goTo(page: Page, screen: Screen): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: TAB_NAMES[screen] })
    .press('Enter');
}

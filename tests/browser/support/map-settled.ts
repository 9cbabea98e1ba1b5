// Waits until a Leaflet map has stopped moving: keyboard pans and zooms animate, and a corner or
// pin added mid-animation lands where the map was, not where it is going.
import type { Page } from '@playwright/test';

/** Resolves once the map pane's position is the same on two polls in a row. */
export function mapSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const w = window as unknown as { lastPane?: string };
      const now = document.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform ?? '';
      const still = w.lastPane === now;
      w.lastPane = now;
      return still;
    },
    undefined,
    { polling: 150 },
  );
}

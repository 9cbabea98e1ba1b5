// What sticks out sideways: the one measure of "nothing wider than the screen" that the frame's
// walk of every route and the screens' own specs share.
import type { Page } from '@playwright/test';

/**
 * What is wider than the viewport: '' when neither the page nor the screen's own scrolling box
 * is, otherwise the box and the elements that stick out (so a failure says where to look).
 */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    for (const box of [document.documentElement, document.querySelector('.app-scroll')]) {
      if (!box || box.scrollWidth <= box.clientWidth) continue;
      const edge = box.getBoundingClientRect().left + box.clientWidth;
      const out = [...box.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > edge + 1 && !e.closest('.leaflet-container'))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
      return `${box.className || box.tagName} ${box.scrollWidth} > ${box.clientWidth}: ${out.join(', ')}`;
    }
    return '';
  });

// Capture save latency on a slow phone: Chromium with 4× CPU throttling (DevTools
// Emulation.setCPUThrottlingRate), the production build served by the real store. Measures the
// time from pressing "Save priority" to the confirmation, which covers validation, the
// IndexedDB transaction (record + outbox) and the re-render. Needs `npm run build` first.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium-path.mjs';
import { startStoreServer } from '../tests/browser/support/store-server';
import { formatNumber, median, percentile, table, writeSection } from './report';

const RUNS = 40;
const THROTTLE = 4;

// Done when the person sees it: the form has been cleared for the next priority, which happens
// only after the save resolved. Polled each frame; the DOM is left to the app. A string, because
// tsx would otherwise add helpers to a function that then runs in the page without them.
const MEASURE_SAVE = `new Promise((resolve, reject) => {
  const text = document.querySelector('#description');
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save priority');
  if (!text || !button) return reject(new Error('capture form not found'));
  const start = performance.now();
  const poll = () => (text.value === '' ? resolve(performance.now() - start) : requestAnimationFrame(poll));
  button.click();
  requestAnimationFrame(poll);
})`;

async function measure(throttle: number): Promise<number[]> {
  const store = await startStoreServer({ TILE_URL: '' });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(store.baseUrl);
    await page
      .getByLabel('Or choose a ward instead of a pin')
      .locator('option')
      .nth(1)
      .waitFor({ state: 'attached' });
    // Offline, so the timing is the device's work, not the network's.
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      await page.getByLabel('Or choose a ward instead of a pin').selectOption({ index: 1 + (i % 10) });
      await page.getByLabel('What should be prioritised?').selectOption({ label: 'Speeding' });
      await page.getByLabel('Describe it briefly (optional)').fill(`Run ${i}: cars too fast by the school`);
      await page.getByLabel('I live here').check();
      // Done when the person sees it: the form has been cleared for the next priority, which
      // happens only after the save resolved. Polled each frame; the DOM is left to the app.
      const ms = await page.evaluate<number>(MEASURE_SAVE);
      if (i >= 3) times.push(ms); // the first saves warm up IndexedDB and the JIT
    }
    return times;
  } finally {
    await browser.close();
    await store.close();
  }
}

export async function run(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('Run `npm run build` first: the bench uses the production build.');
  const unthrottled = await measure(1);
  const throttled = await measure(THROTTLE);
  const row = (name: string, t: number[]) => [
    name,
    `${formatNumber(median(t), 1)} ms`,
    `${formatNumber(percentile(t, 95), 1)} ms`,
    `${formatNumber(Math.max(...t), 1)} ms`,
  ];
  writeSection(
    'capture',
    'Capture save latency (Chromium, 4× CPU throttling)',
    `Time from pressing **Save priority** to the saved form being cleared on screen, offline (so
no network time is included): schema validation, one IndexedDB transaction writing the record
and its outbox entry, the draft cleared, and the re-render. ${RUNS} saves per row after 3
warm-up saves, production build, Debian Chromium headless; throttling by the DevTools
protocol's \`Emulation.setCPUThrottlingRate\`.

${table(['CPU', 'p50', 'p95', 'slowest'], [row('unthrottled', unthrottled), row(`${THROTTLE}× slower`, throttled)])}

Ratio of medians, throttled / unthrottled: ${formatNumber(median(throttled) / median(unthrottled), 2)}×.`,
  );
}

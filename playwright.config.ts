import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium-path.mjs';

// Browser tests run the production build (`npm run build`) against a real server process,
// in Debian's Chromium: Playwright's own browser downloads are not available here.
//
// Residents and PCSOs hold phones, so every journey runs on a phone unless it
// is an officer's desk journey, which runs at a desk's 1280 × 800. No spec uses the desktop
// default; a spec that needs another size (320 px) sets it itself. Meetings run on one shared
// tablet passed round the room, so the meeting journeys run on a 768 × 1024 touch tablet.
const DESK_JOURNEYS = /(moderation|summary-export[\w-]*|summary-print)\.spec\.ts$/;
const MEETING_JOURNEYS = /meeting[\w-]*\.spec\.ts$/;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const TABLET = {
  viewport: { width: 768, height: 1024 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1,
};

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  outputDir: '.tmp/playwright-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'phone', testIgnore: [DESK_JOURNEYS, MEETING_JOURNEYS], use: PHONE },
    { name: 'tablet', testMatch: MEETING_JOURNEYS, use: TABLET },
    { name: 'desk', testMatch: DESK_JOURNEYS, use: { viewport: { width: 1280, height: 800 } } },
  ],
});

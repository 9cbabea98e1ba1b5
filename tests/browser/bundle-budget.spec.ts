// Size budget for what an old phone on a weak signal must download before the app works.
// Runs with the browser suite because it needs the production build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

test('the app shell stays within its gzip budget', () => {
  const assets = readdirSync(join(DIST, 'assets')).map((f) => join(DIST, 'assets', f));
  const js = assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
  const css = assets.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
  const sw = gz(join(DIST, 'sw.js'));
  console.log(`gzip bytes: js ${js}, css ${css}, sw ${sw}`);
  // Leaflet (~40 KB) and Dexie (~28 KB) are most of it; the budget leaves room for little else.
  expect(js).toBeLessThan(105 * 1024);
  expect(css).toBeLessThan(10 * 1024);
  expect(sw).toBeLessThan(8 * 1024);
});

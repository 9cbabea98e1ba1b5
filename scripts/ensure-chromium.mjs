#!/usr/bin/env node
// Makes sure a system Chromium is available for the Playwright tests.
// `npx playwright install` cannot work on our machines (no browser downloads,
// only the npm registry and Debian apt are reachable), so we use the distro
// package: installed automatically when running as root with apt-get
// (CI, fresh containers), otherwise we stop with the exact command to run.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { findChromium, isExecutableFile } from './chromium-path.mjs';

export const HELP_MESSAGE = [
  'No Chromium/Chrome found for the browser tests.',
  'Install it with:  sudo apt-get install chromium',
  'or point to an existing browser:  CHROMIUM_PATH=/path/to/chrome npm run test:browser',
  '(`npx playwright install` cannot work here: browser downloads are not reachable.)',
].join('\n');

/** @param {string[]} argv */
function run(argv, extraEnv = {}) {
  console.log(`ensure-chromium: running ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  return result.status === 0;
}

function findAptGet() {
  for (const file of ['/usr/bin/apt-get', '/bin/apt-get']) {
    if (isExecutableFile(file)) return file;
  }
  return null;
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, knownPaths?: readonly string[], allowInstall?: boolean }} [options]
 *   knownPaths and allowInstall exist so tests can exercise the failure path.
 * @returns {number} exit code
 */
export function ensureChromium({ env = process.env, knownPaths, allowInstall = true } = {}) {
  const lookup = knownPaths ? { knownPaths } : {};
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv && !isExecutableFile(fromEnv)) {
    console.error(`ensure-chromium: CHROMIUM_PATH=${fromEnv} is not an executable file; ignoring it.`);
  }
  const found = findChromium(env, lookup);
  if (found) {
    console.log(`ensure-chromium: using ${found}`);
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const aptGet = findAptGet();
  if (allowInstall && isRoot && aptGet) {
    console.log('ensure-chromium: no browser found; installing the Debian chromium package.');
    const ok =
      run([aptGet, 'update']) &&
      run([aptGet, 'install', '-y', 'chromium'], {
        DEBIAN_FRONTEND: 'noninteractive',
      });
    const installed = findChromium(env, lookup);
    if (ok && installed) {
      console.log(`ensure-chromium: installed, using ${installed}`);
      return 0;
    }
    console.error(
      ok
        ? 'ensure-chromium: chromium was installed but no browser was found at the usual paths.'
        : 'ensure-chromium: apt-get could not install chromium.',
    );
  }
  console.error(HELP_MESSAGE);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureChromium();
}

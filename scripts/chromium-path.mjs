// Locates a system Chromium/Chrome for Playwright. Browser downloads
// (`npx playwright install`) are impossible on the CI and dev machines (no
// internet beyond npm and Debian apt), so tests always use the distro browser.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** Well-known absolute install locations, checked in order after CHROMIUM_PATH. */
export const KNOWN_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Executable names looked up on PATH (like `which`) as a last resort. */
export const CHROMIUM_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
];

/**
 * Flags for a headless, offline, root-friendly Chromium: no sandbox (CI runs as
 * root in a container), and no background traffic that would hang or pollute
 * network assertions on a machine without internet.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
];

/** @param {string} file */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * @param {string} name
 * @param {string | undefined} pathVar
 */
function which(name, pathVar) {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/**
 * Absolute path of a usable Chromium, or null. Order: $CHROMIUM_PATH, the
 * well-known /usr/bin locations, then a PATH lookup of the usual names.
 * A CHROMIUM_PATH that does not point to an executable file is ignored here
 * (ensure-chromium.mjs reports it).
 * @param {NodeJS.ProcessEnv} [env]
 * @param {{ knownPaths?: readonly string[] }} [options] knownPaths is for tests
 * @returns {string | null}
 */
export function findChromium(env = process.env, { knownPaths = KNOWN_CHROMIUM_PATHS } = {}) {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv && isExecutableFile(fromEnv)) return resolve(fromEnv);
  for (const file of knownPaths) {
    if (isExecutableFile(file)) return file;
  }
  for (const name of CHROMIUM_NAMES) {
    const found = which(name, env.PATH);
    if (found) return found;
  }
  return null;
}

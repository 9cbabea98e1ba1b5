#!/usr/bin/env node
// Prints the one-line test summary at the end of .ci/run, e.g. "412 passed, 0 failed"
// (", 3 skipped" only when some were skipped), summing Vitest's and Playwright's JSON
// reports. A run that failed must never print a green-looking line: if the test command
// failed (--exit-code) but no failure was counted (e.g. tsc or biome failed before any
// test ran, or a report is missing), one failure is counted.
//
//   node scripts/count-results.mjs [--exit-code N] [--vitest FILE] [--playwright FILE]
//
// Defaults: test-results/vitest.json and test-results/playwright.json (missing = 0 tests).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_VITEST_REPORT = 'test-results/vitest.json';
export const DEFAULT_PLAYWRIGHT_REPORT = 'test-results/playwright.json';

/** @param {unknown} value */
function count(value) {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */

/**
 * Vitest's json reporter (Jest-compatible): numPassedTests, numFailedTests,
 * numPendingTests, numTodoTests. A test file that failed without any failed test
 * (import error, hook failure) also counts as one failure.
 * @param {any} report
 * @returns {Counts}
 */
export function countVitest(report) {
  if (!report || typeof report !== 'object') return { passed: 0, failed: 0, skipped: 0 };
  let failed = count(report.numFailedTests);
  if (Array.isArray(report.testResults)) {
    for (const file of report.testResults) {
      const results = Array.isArray(file?.assertionResults) ? file.assertionResults : [];
      if (file?.status === 'failed' && !results.some((r) => r?.status === 'failed')) failed += 1;
    }
  }
  return {
    passed: count(report.numPassedTests),
    failed,
    skipped: count(report.numPendingTests) + count(report.numTodoTests),
  };
}

/**
 * Playwright's json reporter: stats.expected (passed), stats.unexpected (failed),
 * stats.flaky (passed on retry: counted as passed), stats.skipped.
 * @param {any} report
 * @returns {Counts}
 */
export function countPlaywright(report) {
  const stats = report && typeof report === 'object' ? report.stats : undefined;
  if (!stats || typeof stats !== 'object') return { passed: 0, failed: 0, skipped: 0 };
  return {
    passed: count(stats.expected) + count(stats.flaky),
    failed: count(stats.unexpected),
    skipped: count(stats.skipped),
  };
}

/**
 * Pure: sums both reports (null/undefined = missing = 0 tests). When exitCode is a
 * non-zero number and nothing was counted failed, counts one failure.
 * @param {{ vitest?: any, playwright?: any, exitCode?: number }} input
 * @returns {Counts}
 */
export function countResults({ vitest, playwright, exitCode } = {}) {
  const v = countVitest(vitest);
  const p = countPlaywright(playwright);
  const total = { passed: v.passed + p.passed, failed: v.failed + p.failed, skipped: v.skipped + p.skipped };
  if (typeof exitCode === 'number' && exitCode !== 0 && total.failed === 0) total.failed = 1;
  return total;
}

/** @param {Counts} counts */
export function formatSummary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/**
 * Reads a JSON report. Missing → null. Unreadable/invalid → { invalid: true }.
 * @param {string} file
 */
export function readReport(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT')
      return { report: null, invalid: false };
    return { report: null, invalid: true };
  }
  try {
    return { report: JSON.parse(text), invalid: false };
  } catch {
    return { report: null, invalid: true };
  }
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    vitest: DEFAULT_VITEST_REPORT,
    playwright: DEFAULT_PLAYWRIGHT_REPORT,
    exitCode: undefined,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`count-results: ${flag} needs a value`);
    if (flag === '--vitest') options.vitest = value;
    else if (flag === '--playwright') options.playwright = value;
    else if (flag === '--exit-code') options.exitCode = Number(value);
    else throw new Error(`count-results: unknown argument ${flag}`);
    i += 1;
  }
  return options;
}

/**
 * @param {string[]} argv
 * @returns {string} the summary line
 */
export function main(argv) {
  const options = parseArgs(argv);
  const vitest = readReport(options.vitest);
  const playwright = readReport(options.playwright);
  const counts = countResults({ vitest: vitest.report, playwright: playwright.report });
  for (const [file, result] of [
    [options.vitest, vitest],
    [options.playwright, playwright],
  ]) {
    if (result.invalid) {
      console.error(`count-results: ${file} is not valid JSON; counting it as 1 failed`);
      counts.failed += 1;
    }
  }
  if (options.exitCode !== undefined && options.exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  return formatSummary(counts);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(main(process.argv.slice(2)));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exitCode = 2;
  }
}

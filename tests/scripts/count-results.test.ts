import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { countResults, formatSummary, main } from '../../scripts/count-results.mjs';

// Trimmed from real reports: Vitest 4 `--reporter=json` and Playwright's json reporter.
const vitestReport = {
  numTotalTests: 5,
  numPassedTests: 2,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 1,
  success: false,
  testResults: [
    { name: 'bad.test.ts', status: 'failed', message: 'Cannot find module', assertionResults: [] },
    {
      name: 'mixed.test.ts',
      status: 'failed',
      assertionResults: [
        { status: 'passed' },
        { status: 'skipped' },
        { status: 'todo' },
        { status: 'failed' },
      ],
    },
    { name: 'ok.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
  ],
};
const playwrightReport = {
  stats: {
    startTime: '2026-01-01T00:00:00Z',
    duration: 3170,
    expected: 1,
    skipped: 1,
    unexpected: 1,
    flaky: 1,
  },
  suites: [],
  errors: [],
};
const greenVitest = {
  numPassedTests: 10,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [],
};
const greenPlaywright = { stats: { expected: 4, unexpected: 0, flaky: 0, skipped: 0 } };

describe('countResults', () => {
  it('sums both reports, counting flaky as passed and a failed file without failed tests as a failure', () => {
    expect(countResults({ vitest: vitestReport, playwright: playwrightReport })).toEqual({
      passed: 2 + 1 + 1,
      failed: 1 + 1 + 1,
      skipped: 2 + 1,
    });
  });

  it('treats missing reports as zero tests', () => {
    expect(countResults({ vitest: null, playwright: undefined })).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    });
    expect(countResults({ vitest: greenVitest })).toEqual({ passed: 10, failed: 0, skipped: 0 });
  });

  it('never looks green when the test command failed', () => {
    expect(countResults({ exitCode: 1 })).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(countResults({ vitest: greenVitest, playwright: greenPlaywright, exitCode: 2 }).failed).toBe(1);
    // Failures already counted: no extra one.
    expect(countResults({ vitest: vitestReport, exitCode: 1 }).failed).toBe(2);
    expect(countResults({ vitest: greenVitest, exitCode: 0 }).failed).toBe(0);
  });

  it('ignores malformed counts', () => {
    expect(
      countResults({ vitest: { numPassedTests: 'x', numFailedTests: -1 }, playwright: { stats: null } }),
    ).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  });
});

describe('formatSummary', () => {
  it('mentions skipped only when some were skipped', () => {
    expect(formatSummary({ passed: 14, failed: 0, skipped: 0 })).toBe('14 passed, 0 failed');
    expect(formatSummary({ passed: 4, failed: 3, skipped: 3 })).toBe('4 passed, 3 failed, 3 skipped');
  });
});

describe('count-results CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'count-results-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const vitestFile = join(dir, 'vitest.json');
  const playwrightFile = join(dir, 'playwright.json');
  writeFileSync(vitestFile, JSON.stringify(vitestReport));
  writeFileSync(playwrightFile, JSON.stringify(playwrightReport));

  it('reads the report files', () => {
    expect(main(['--vitest', vitestFile, '--playwright', playwrightFile])).toBe(
      '4 passed, 3 failed, 3 skipped',
    );
    expect(
      main(['--vitest', join(dir, 'missing.json'), '--playwright', playwrightFile, '--exit-code', '0']),
    ).toBe('2 passed, 1 failed, 1 skipped');
  });

  it('counts an unparseable report as a failure', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"numPassedTests": 3');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(main(['--vitest', broken, '--playwright', join(dir, 'missing.json')])).toBe(
        '0 passed, 1 failed',
      );
      // The failed run is already visible: no second failure for the exit code.
      expect(main(['--vitest', broken, '--playwright', join(dir, 'missing.json'), '--exit-code', '2'])).toBe(
        '0 passed, 1 failed',
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('broken.json is not valid JSON'));
    } finally {
      error.mockRestore();
    }
  });

  it('prints exactly one line from the default paths in the working directory', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const script = join(import.meta.dirname, '../../scripts/count-results.mjs');
    const run = (args: string[]) =>
      execFileSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
    expect(run(['--exit-code', '1'])).toBe('0 passed, 1 failed\n');
    execFileSync('mkdir', ['-p', join(cwd, 'test-results')]);
    writeFileSync(join(cwd, 'test-results', 'vitest.json'), JSON.stringify(greenVitest));
    writeFileSync(join(cwd, 'test-results', 'playwright.json'), JSON.stringify(greenPlaywright));
    expect(run(['--exit-code', '0'])).toBe('14 passed, 0 failed\n');
  });
});

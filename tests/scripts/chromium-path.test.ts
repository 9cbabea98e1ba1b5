import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium-path.mjs';
import { ensureChromium, HELP_MESSAGE } from '../../scripts/ensure-chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'chromium-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeExecutable(path: string, executable = true): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, executable ? 0o755 : 0o644);
  return path;
}

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when it is an executable file', () => {
    const chrome = fakeExecutable(join(dir, 'env', 'my-chrome'));
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: '' })).toBe(chrome);
  });

  it('ignores a CHROMIUM_PATH that is missing or not executable, then checks the known paths in order', () => {
    const first = fakeExecutable(join(dir, 'known', 'a'));
    const second = fakeExecutable(join(dir, 'known', 'b'));
    const notExecutable = fakeExecutable(join(dir, 'known', 'plain'), false);
    const knownPaths = [join(dir, 'known', 'missing'), first, second];
    expect(findChromium({ CHROMIUM_PATH: join(dir, 'nope'), PATH: '' }, { knownPaths })).toBe(first);
    expect(findChromium({ CHROMIUM_PATH: notExecutable, PATH: '' }, { knownPaths: [second] })).toBe(second);
  });

  it('falls back to a PATH lookup, then null', () => {
    const binDir = join(dir, 'bin');
    const found = fakeExecutable(join(binDir, 'chromium-browser'));
    expect(findChromium({ PATH: `relative/dir:${binDir}` }, { knownPaths: [] })).toBe(found);
    expect(findChromium({ PATH: join(dir, 'empty') }, { knownPaths: [] })).toBeNull();
  });

  it('exports the offline, root-friendly launch flags', () => {
    expect(CHROMIUM_ARGS).toContain('--no-sandbox');
    expect(CHROMIUM_ARGS).toContain('--disable-background-networking');
  });
});

describe('ensureChromium', () => {
  it('succeeds and says which browser when one is found', () => {
    const chrome = fakeExecutable(join(dir, 'ok', 'chrome'));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(ensureChromium({ env: { CHROMIUM_PATH: chrome, PATH: '' }, knownPaths: [] })).toBe(0);
      expect(log).toHaveBeenCalledWith(`ensure-chromium: using ${chrome}`);
    } finally {
      log.mockRestore();
    }
  });

  it('fails with the exact commands to run when none is found and installing is not allowed', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(ensureChromium({ env: { PATH: '' }, knownPaths: [], allowInstall: false })).toBe(1);
      expect(error).toHaveBeenCalledWith(HELP_MESSAGE);
      expect(HELP_MESSAGE).toContain('sudo apt-get install chromium');
      expect(HELP_MESSAGE).toContain('CHROMIUM_PATH=/path/to/chrome');
    } finally {
      error.mockRestore();
    }
  });
});

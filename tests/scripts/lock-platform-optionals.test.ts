import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeLock, platformOf } from '../../scripts/lock-platform-optionals.mjs';

describe('platformOf', () => {
  it.each([
    ['@biomejs/cli-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@biomejs/cli-linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
    ['@rollup/rollup-linux-arm-gnueabihf', { os: ['linux'], cpu: ['arm'], libc: ['glibc'] }],
    ['@rollup/rollup-win32-ia32-msvc', { os: ['win32'], cpu: ['ia32'] }],
    ['fsevents', null],
  ])('reads the platform off %s', (name, expected) => {
    expect(platformOf(name)).toEqual(expected);
  });
});

describe('package-lock.json', () => {
  // npm ci refuses a lock that lacks an optional platform package (CI failed this way once).
  it('records every optional platform package, so npm ci accepts it', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
    expect(completeLock(lock)).toEqual([]);
  });

  it('adds a missing platform package as optional for its own platform only', () => {
    const lock = {
      packages: {
        '': {},
        'node_modules/tool': {
          version: '1.0.0',
          dev: true,
          optionalDependencies: { '@tool/cli-darwin-arm64': '1.0.0' },
        },
      },
    };
    expect(completeLock(lock)).toEqual(['@tool/cli-darwin-arm64@1.0.0']);
    expect(lock.packages).toHaveProperty(['node_modules/@tool/cli-darwin-arm64'], {
      version: '1.0.0',
      dev: true,
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
    });
  });
});

// Completes package-lock.json with the platform-specific optional packages this machine's
// registry proxy does not serve (it carries only Linux builds of @biomejs/cli-*,
// @rollup/rollup-*, …). `npm install` silently leaves them out of the lock, and `npm ci`
// then refuses the lock ("Missing: @biomejs/cli-darwin-arm64@ from lock file").
// Each missing entry is added as optional with the os/cpu/libc its name declares, so
// `npm ci` skips it on a non-matching machine without fetching it, and fetches it
// normally on the platform it is for.
// Run after every `npm install`: `node scripts/lock-platform-optionals.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OSES = [
  'android',
  'darwin',
  'linux',
  'freebsd',
  'openbsd',
  'openharmony',
  'win32',
  'sunos',
  'aix',
  'netbsd',
];
const CPUS = ['arm64', 'x64', 'arm', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32'];

/** Reads os, cpu and libc off a platform package's name, or null when it names no platform. */
export function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OSES.includes(t));
  const cpu = tokens.find((t) => CPUS.includes(t));
  if (!os || !cpu) return null;
  const platform = { os: [os], cpu: [cpu] };
  if (os === 'linux') platform.libc = [tokens.some((t) => t.startsWith('musl')) ? 'musl' : 'glibc'];
  return platform;
}

export function completeLock(lock) {
  const packages = lock.packages;
  const added = [];
  for (const [path, meta] of Object.entries(packages)) {
    for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${dep}`;
      const top = `node_modules/${dep}`;
      if (packages[nested] || packages[top]) continue;
      const platform = platformOf(dep);
      if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
      packages[top] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...platform };
      added.push(`${dep}@${version}`);
    }
  }
  return added;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL('../package-lock.json', import.meta.url);
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const added = completeLock(lock);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    added.length
      ? `Added ${added.length} platform entries: ${added.join(', ')}`
      : 'Lock file already complete.',
  );
}

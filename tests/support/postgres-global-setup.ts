// Vitest globalSetup: gives the store tests a PostgreSQL database when one can be had.
//
// 1. TEST_DATABASE_URL already set → used as is, nothing is started.
// 2. TEST_POSTGRES=off → SQLite only, nothing is started.
// 3. Debian PostgreSQL binaries present (/usr/lib/postgresql/<ver>/bin, highest version) →
//    a throwaway cluster is initdb'd in a temp dir, started on a free 127.0.0.1 port with
//    durability off (fast; data is disposable), trust auth, one database created; stopped
//    and deleted in teardown. As root, initdb refuses to run, so the dir is chowned to the
//    `postgres` user and the server commands run through `runuser -u postgres --`.
// 4. Otherwise → one line saying the store tests run on SQLite only; the run does not fail,
//    except under CI (CI set and not "false"): there the store suite must run on PostgreSQL
//    too, so a missing PostgreSQL fails the run rather than quietly halving it.
//
// The URL reaches tests both via process.env.TEST_DATABASE_URL and project.provide();
// tests read it with testDatabaseUrl() from tests/support/postgres-url.ts.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import './postgres-url';

const PG_ROOT = '/usr/lib/postgresql';
const DB_NAME = 'np_test';
const DB_USER = 'postgres';

/** CI promises the whole store suite on real PostgreSQL; only TEST_POSTGRES=off opts out. */
export const requiresPostgres = (env: NodeJS.ProcessEnv = process.env): boolean =>
  Boolean(env.CI) && env.CI !== 'false' && env.TEST_POSTGRES !== 'off';

export const SQLITE_ONLY_MESSAGE =
  'PostgreSQL not found: store tests run on SQLite only. Install it with `apt-get install postgresql` or set TEST_DATABASE_URL.';

/** bin dir of the highest installed Debian PostgreSQL version, or null. */
export function findPostgresBinDir(root = PG_ROOT): string | null {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return null;
  }
  const versions = entries
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const [name, , uid, gid] = line.split(':');
      if (name === 'postgres' && uid && gid) return { uid: Number(uid), gid: Number(gid) };
    }
  } catch {
    // fall through
  }
  return null;
}

interface Cluster {
  dir: string;
  dataDir: string;
  binDir: string;
  asPostgres: boolean;
}

function runPg(cluster: Pick<Cluster, 'binDir' | 'asPostgres'>, tool: string, args: string[]) {
  const exe = join(cluster.binDir, tool);
  const [cmd, argv] = cluster.asPostgres ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
    throw new Error(`${tool} ${args.join(' ')} failed (exit ${result.status}):\n${output.trim()}`);
  }
  return result.stdout;
}

function stopCluster(cluster: Cluster): void {
  try {
    runPg(cluster, 'pg_ctl', ['-D', cluster.dataDir, '-m', 'immediate', '-w', 'stop']);
  } catch (error) {
    console.warn(`postgres-global-setup: could not stop the test cluster: ${String(error)}`);
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}

async function startCluster(binDir: string): Promise<{ cluster: Cluster; url: string }> {
  const isRoot = process.getuid?.() === 0;
  const pgIds = isRoot ? postgresUserIds() : null;
  if (isRoot && !pgIds) throw new Error('running as root but there is no `postgres` user to run the server');
  const dir = mkdtempSync(join(tmpdir(), 'np-pg-'));
  const dataDir = join(dir, 'data');
  const cluster: Cluster = { dir, dataDir, binDir, asPostgres: isRoot };
  try {
    if (pgIds) {
      chownSync(dir, pgIds.uid, pgIds.gid);
      chmodSync(dir, 0o700);
    }
    runPg(cluster, 'initdb', [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      DB_USER,
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await freePort();
    const options = [
      `-k ${dir}`,
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    runPg(cluster, 'pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-o',
      options,
      '-t',
      '60',
      '-w',
      'start',
    ]);
    runPg(cluster, 'createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', DB_USER, DB_NAME]);
    return { cluster, url: `postgres://${DB_USER}@127.0.0.1:${port}/${DB_NAME}` };
  } catch (error) {
    let log = '';
    try {
      log = readFileSync(join(dir, 'server.log'), 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      // no log yet
    }
    stopCluster(cluster);
    throw new Error(
      `postgres-global-setup: could not start a throwaway PostgreSQL (set TEST_DATABASE_URL, or TEST_POSTGRES=off to use SQLite only): ${String(error)}${log ? `\nserver.log:\n${log}` : ''}`,
    );
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('testDatabaseUrl', given);
    return undefined;
  }
  const binDir = process.env.TEST_POSTGRES === 'off' ? null : findPostgresBinDir();
  if (!binDir) {
    if (requiresPostgres()) {
      throw new Error(
        `postgres-global-setup: CI runs the store tests on PostgreSQL as well as SQLite, but ${SQLITE_ONLY_MESSAGE}`,
      );
    }
    if (process.env.TEST_POSTGRES === 'off')
      console.log('TEST_POSTGRES=off: store tests run on SQLite only.');
    else console.log(SQLITE_ONLY_MESSAGE);
    project.provide('testDatabaseUrl', null);
    return undefined;
  }
  const { cluster, url } = await startCluster(binDir);
  // If Vitest is killed before teardown runs, still stop the server (exit handlers must be sync).
  const onExit = () => stopCluster(cluster);
  process.once('exit', onExit);
  process.env.TEST_DATABASE_URL = url;
  project.provide('testDatabaseUrl', url);
  return () => {
    process.off('exit', onExit);
    stopCluster(cluster);
    delete process.env.TEST_DATABASE_URL;
  };
}

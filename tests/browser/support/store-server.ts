// Starts the real consultation store as a child process on a free port with its own data
// directory, and reads what it holds straight from its SQLite file.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface StoreServer {
  readonly baseUrl: string;
  readonly dataDir: string;
  /** Run a read-only query against the store's SQLite file. */
  query<T>(sql: string, ...params: unknown[]): T[];
  /** Change the store's SQLite file behind the server's back (what a moderator's edit would do). */
  exec(sql: string, ...params: unknown[]): number;
  stop(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`store exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`store did not become healthy:\n${log()}`);
}

export async function startStoreServer(env: Record<string, string> = {}): Promise<StoreServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'np-store-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  async function start() {
    output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    await waitForHealth(baseUrl, child, () => output);
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM') {
    const running = child;
    // A process killed by a signal has signalCode set and exitCode null.
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  }

  await start();
  return {
    baseUrl,
    dataDir,
    query<T>(sql: string, ...params: unknown[]) {
      const db = new Database(join(dataDir, 'store.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    exec(sql: string, ...params: unknown[]) {
      const db = new Database(join(dataDir, 'store.sqlite'), { fileMustExist: true });
      try {
        db.pragma('busy_timeout = 5000');
        return db.prepare(sql).run(...params).changes;
      } finally {
        db.close();
      }
    },
    stop,
    async restart() {
      await stop();
      await start();
    },
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Where a push's checked priorities are written. In the server, on SQLite, a worker thread with
// its own connection writes them (push-writer-thread.ts), so one push's inserts run while the
// main thread reads, parses and checks the next: ingest then uses both cores instead of one. The
// areas are assigned on the main thread, which follows boundary changes (follow-boundaries.ts),
// and travel with the records. Elsewhere (PostgreSQL, tests, the CLI) pushes are written here.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PriorityRecord, PushResult } from '../../domain/sync-protocol';
import type { Db, SqliteOpening } from '../db/tables';
import type { AssignPlace } from '../geo/area-index';
import { pushPriorities } from './push';

export interface PushWriter {
  /** Stores one device's checked records; one result each, in order. */
  write(deviceId: string, records: readonly PriorityRecord[]): Promise<readonly PushResult[]>;
  close(): Promise<void>;
}

/**
 * What the main thread sends the writer thread: records with their areas already assigned, as
 * JSON text (PriorityRecord[] and Assignment[]). Copying a string to a thread is one memory copy;
 * the structured clone of 200 records cost several times what writing and parsing their JSON does.
 */
export interface PushJob {
  readonly id: number;
  readonly deviceId: string;
  readonly records: string;
  readonly assignments: string;
  readonly at: string;
}

export type PushAnswer =
  | { readonly id: number; readonly results: readonly PushResult[] }
  | { readonly id: number; readonly error: string };

// The server runs its TypeScript through tsx: the thread registers the same loader, then loads
// its module (a worker's execArgv --import does not reach its entry module on Node 20).
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

/** Writes on the calling thread, through the given connection. */
export function makeInlinePushWriter(db: Db, assign: AssignPlace): PushWriter {
  return {
    write: async (deviceId, records) =>
      (await pushPriorities(db, { deviceId, priorities: records }, assign)).results,
    close: async () => undefined,
  };
}

/** Writes on a worker thread with its own connection to the same SQLite file. */
export function makeThreadPushWriter(db: Db & { sqlite: SqliteOpening }, assign: AssignPlace): PushWriter {
  const pending = new Map<
    number,
    { resolve: (r: readonly PushResult[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let worker: Worker | undefined;
  let exited: Promise<void> = Promise.resolve();
  let stopping = false;
  // Should the thread ever fail, pushes are written on the main thread from then on: slower,
  // but the store keeps taking what devices send.
  let inline: PushWriter | undefined;

  const start = (): Worker => {
    const started = new Worker(THREAD_SOURCE, {
      eval: true,
      workerData: {
        opening: db.sqlite,
        tsx: new URL(
          'dist/esm/api/index.mjs',
          pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
        ).href,
        entry: new URL('./push-writer-thread.ts', import.meta.url).href,
      },
    });
    started.on('message', (answer: PushAnswer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (!waiting) return;
      if ('results' in answer) waiting.resolve(answer.results);
      else waiting.reject(new Error(answer.error));
    });
    started.on('error', (error) => console.error(`push writer thread failed: ${String(error)}`));
    exited = new Promise((resolve) =>
      started.once('exit', () => {
        // A thread that died takes its unanswered pushes with it: each fails (the device sends
        // again; nothing was half written, as each push is one transaction).
        if (!stopping) {
          console.error('push writer thread stopped: writing pushes on the main thread from now on');
          inline = makeInlinePushWriter(db, assign);
        }
        for (const [id, waiting] of pending) {
          waiting.reject(new Error('the push writer stopped before answering; send again'));
          pending.delete(id);
        }
        resolve();
      }),
    );
    return started;
  };

  // Started with the server, not on the first push: loading the thread's modules takes about a
  // second, which the first device to sync would otherwise wait through.
  worker = start();

  return {
    write(deviceId, records) {
      if (records.length === 0) return Promise.resolve([]);
      if (inline) return inline.write(deviceId, records);
      worker ??= start();
      const job: PushJob = {
        id: nextId++,
        deviceId,
        records: JSON.stringify(records),
        assignments: JSON.stringify(records.map((r) => assign(r.place))),
        at: new Date().toISOString(),
      };
      return new Promise((resolve, reject) => {
        pending.set(job.id, { resolve, reject });
        (worker as Worker).postMessage(job);
      });
    },
    async close() {
      stopping = true;
      const running = worker;
      worker = undefined;
      if (!running) return;
      // Pushes already sent are answered first: the thread handles 'stop' after them.
      running.postMessage('stop');
      await exited;
    },
  };
}

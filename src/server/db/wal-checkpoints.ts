// SQLite in WAL mode copies the log back into the database file at a checkpoint. Left to itself
// it runs one inside whichever commit takes the log past 1,000 pages, on the server's one event
// loop, with an fsync of the log and one of the database: during ingest that was about a fifth of
// the time, every push waiting behind it. Here a worker thread with its own connection runs the
// checkpoints instead, so a commit only appends to the log. Durability is unchanged: a commit is
// in the log before it is answered either way, and checkpoints come at least as often as before.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** How often the worker checkpoints what has been committed since its last one. */
const EVERY_MS = 200;
/**
 * The writer checkpoints itself only if the log reaches this many pages (about 40 MB): never
 * while the worker keeps up, and as SQLite would by default if it stops.
 */
const BACKSTOP_PAGES = 10_000;
const SQLITE_DEFAULT_PAGES = 1000;

// CommonJS source, evaluated in the worker. PASSIVE never waits for or blocks a reader or writer;
// it copies what it can and the next round copies the rest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/** For every writing connection while the worker runs: checkpoint only at the backstop. */
export function leaveCheckpointsToWorker(database: SQLite.Database): void {
  database.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
}

/** Starts background checkpoints for a WAL-mode file database; the result stops them. */
export function checkpointInBackground(database: SQLite.Database): () => Promise<void> {
  leaveCheckpointsToWorker(database);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: database.name,
      everyMs: EVERY_MS,
    },
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // Should the worker ever fail, the writer goes back to checkpointing as SQLite does by default.
  worker.on('error', (error) => {
    console.error(`SQLite background checkpoints stopped: ${String(error)}`);
    if (database.open) database.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`);
  });
  return async () => {
    worker.postMessage('stop');
    await exited;
  };
}

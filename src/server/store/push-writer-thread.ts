// The push writer's thread (see push-writer.ts): its own connection to the store's SQLite file,
// writing each push it is sent as one transaction with the same code as the main thread would.
import { parentPort, workerData } from 'node:worker_threads';
import type { Place } from '../../domain/priority';
import type { PriorityRecord } from '../../domain/sync-protocol';
import { createDatabase } from '../db/database';
import type { SqliteOpening } from '../db/tables';
import type { Assignment } from '../geo/area-index';
import { pushPriorities } from './push';
import type { PushAnswer, PushJob } from './push-writer';

const port = parentPort;
if (!port) throw new Error('push-writer-thread.ts runs only as a worker thread');
const { opening } = workerData as { opening: SqliteOpening };
const db = createDatabase({
  dataDir: opening.dataDir,
  synchronous: opening.synchronous,
  checkpointsElsewhere: opening.backgroundCheckpoints,
});

// Jobs are written one after another, in the order they came (one connection, one transaction
// at a time): a 'stop' queued behind them closes the connection once they are answered.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: PushJob | 'stop') => {
  queue = queue.then(() => (message === 'stop' ? stop() : write(message)));
});

async function write(job: PushJob): Promise<void> {
  const records = JSON.parse(job.records) as PriorityRecord[];
  const assignments = JSON.parse(job.assignments) as Assignment[];
  // Each record's place object came with it; its assignment came alongside, in the same order.
  const areas = new Map<Place, Assignment>(records.map((r, i) => [r.place, assignments[i] as Assignment]));
  const assign = (place: Place): Assignment => {
    const found = areas.get(place);
    if (!found) throw new Error('a place arrived without its area assignment');
    return found;
  };
  let answer: PushAnswer;
  try {
    const { results } = await pushPriorities(
      db,
      { deviceId: job.deviceId, priorities: records },
      assign,
      () => job.at,
    );
    answer = { id: job.id, results };
  } catch (error) {
    answer = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port?.postMessage(answer);
}

async function stop(): Promise<void> {
  await db.close();
  port?.close();
}

// Ingest rate: 10,000 new priorities pushed in batches of 200, straight into the store layer
// (one transaction per batch) and through the whole HTTP app over loopback, on SQLite and
// PostgreSQL. The HTTP pushes come from a device process of their own (device-client.ts).

import { loadavg } from 'node:os';
import { buildApp } from '../src/server/app';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { pushPriorities } from '../src/server/store/push';
import { startDevices } from './device-client';
import { formatNumber, median, table, writeSection } from './report';
import { benchBackends, devicePushRecords, openSeededStore } from './support-stores';

const TOTAL = 10_000;
const BATCH = 200;
const RUNS = 5;
const DEVICES_AT_ONCE = 4;

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

export async function run(): Promise<void> {
  const { backends, close } = await benchBackends();
  const rows: (string | number)[][] = [];
  try {
    for (const backend of backends) {
      // Opened as the server opens it (SQLite: WAL checkpoints in a worker thread).
      const store = await openSeededStore(backend, { server: true });
      const areas = await loadAreaIndex(store.db);
      const app = await buildApp({ db: store.db, areas, pushWriterThread: true });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const direct: number[] = [];
        const http: number[] = [];
        const httpMany: number[] = [];
        // Records per second of this process's CPU time: what the server's code costs, whatever
        // else the shared cores are busy with (the devices are another process; for PostgreSQL
        // the database's own work is too, so it is not shown).
        const directCpu: number[] = [];
        const httpCpu: number[] = [];
        const httpManyCpu: number[] = [];
        /** TOTAL records from `devices` devices at once, each pushing its share one batch at a time. */
        const viaHttp = async (devices: number) => {
          const sending = await startDevices({
            address,
            devices,
            pushes: TOTAL / BATCH / devices,
            perPush: BATCH,
            pull: false,
          });
          const c0 = process.cpuUsage();
          const sent = await sending.go();
          const cpu = process.cpuUsage(c0);
          if (sent.errors > 0) throw new Error(`${sent.errors} pushes failed or were not accepted`);
          return { perSecond: (TOTAL / sent.elapsedMs) * 1000, perCpuSecond: (TOTAL / cpuMs(cpu)) * 1000 };
        };
        for (let r = 0; r < RUNS + 1; r++) {
          const records = devicePushRecords(TOTAL);
          const batches = Array.from({ length: TOTAL / BATCH }, (_, i) =>
            records.slice(i * BATCH, (i + 1) * BATCH),
          );
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          for (const batch of batches) {
            await pushPriorities(store.db, { deviceId: batch[0]!.deviceId, priorities: batch }, areas.assign);
          }
          const t1 = performance.now();
          const c1 = process.cpuUsage(c0);
          const one = await viaHttp(1);
          const many = await viaHttp(DEVICES_AT_ONCE);
          if (r === 0) continue; // warm-up
          direct.push((TOTAL / (t1 - t0)) * 1000);
          directCpu.push((TOTAL / cpuMs(c1)) * 1000);
          http.push(one.perSecond);
          httpCpu.push(one.perCpuSecond);
          httpMany.push(many.perSecond);
          httpManyCpu.push(many.perCpuSecond);
        }
        const figures = (path: string, clock: number[], cpu: number[]) => [
          backend.name,
          path,
          `${formatNumber(median(clock))}/s`,
          `${formatNumber(Math.max(...clock))}/s`,
          `${formatNumber(Math.min(...clock))}/s`,
          backend.name === 'sqlite' ? `${formatNumber(median(cpu))}/s` : '—',
        ];
        rows.push(figures('store layer (pushPriorities)', direct, directCpu));
        rows.push(figures('HTTP, one device, one push at a time', http, httpCpu));
        rows.push(figures(`HTTP, ${DEVICES_AT_ONCE} devices at once`, httpMany, httpManyCpu));
      } finally {
        await app.close();
        await store.close();
      }
    }
  } finally {
    close();
  }
  const LOAD = loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  writeSection(
    'sync-ingest',
    'Sync ingest rate (priorities per second)',
    `${formatNumber(TOTAL)} new priorities (points around Rugby, ward-assigned) pushed in batches of
${BATCH} into a fresh seeded store; ${RUNS} runs after a warm-up. Target: at least 10,000/s on
SQLite. "Store layer" calls pushPriorities (one transaction per batch). "HTTP" posts the batches
to the real app listening on 127.0.0.1 (JSON parse, per-record validation and personal-details
check, store, per-record answer) from a separate device process that has its request bodies
ready before the clock starts: one device sending one push at a time (each push waits for the
answer to the last, so the device's own turnaround is in the figure), and ${DEVICES_AT_ONCE} devices
sending a share each at once, as the store sees many devices syncing. The store is opened as
the server opens it: SQLite in WAL mode with synchronous=NORMAL (no fsync per commit; see docs/operating.md
"SQLite: what survives a crash"), WAL checkpoints in a worker thread rather than inside a commit, and a
batch's rows inserted with SQL compiled once per batch size. Over HTTP on SQLite, as in the
server, pushes are written by a writer thread with its own connection while the main thread
reads and checks the next push (the store layer row writes on the calling thread). "Per CPU-second" divides by the
server process's CPU time (all its threads) rather than the clock, so it shows what ingest
costs however busy the shared 2 cores are; for PostgreSQL the database's work is in another
process, so it is not shown. PostgreSQL is a throwaway local cluster with fsync off. Other
helpers' test runs shared the machine (load average ${LOAD} at the end).

${table(['store', 'path', 'median', 'fastest run', 'slowest run', 'per CPU-second (median)'], rows)}`,
  );
}

// Ingest rate: 10,000 new priorities pushed in batches of 200, straight into the store layer
// (one transaction per batch) and through the whole HTTP app over loopback, on SQLite and
// PostgreSQL.

import { loadavg } from 'node:os';
import { API, PROTOCOL_VERSION } from '../src/domain/sync-protocol';
import { buildApp } from '../src/server/app';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { pushPriorities } from '../src/server/store/push';
import { formatNumber, median, table, writeSection } from './report';
import { benchBackends, devicePushRecords, openSeededStore } from './support-stores';

const TOTAL = 10_000;
const BATCH = 200;
const RUNS = 5;

export async function run(): Promise<void> {
  const { backends, close } = await benchBackends();
  const rows: (string | number)[][] = [];
  try {
    for (const backend of backends) {
      const store = await openSeededStore(backend);
      const areas = await loadAreaIndex(store.db);
      const app = await buildApp({ db: store.db, areas });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const direct: number[] = [];
        const http: number[] = [];
        // Records per second of this process's CPU time: what the code costs, whatever else the
        // shared cores are busy with. For PostgreSQL the server's own work is in another process.
        const directCpu: number[] = [];
        const httpCpu: number[] = [];
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
          const viaHttp = devicePushRecords(TOTAL);
          const c2 = process.cpuUsage();
          const t2 = performance.now();
          for (let i = 0; i < TOTAL; i += BATCH) {
            const batch = viaHttp.slice(i, i + BATCH);
            const res = await fetch(`${address}${API.push}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                protocol: PROTOCOL_VERSION,
                deviceId: batch[0]!.deviceId,
                priorities: batch,
              }),
            });
            if (res.status !== 200) throw new Error(`push answered ${res.status}`);
            await res.arrayBuffer();
          }
          const t3 = performance.now();
          const c3 = process.cpuUsage(c2);
          if (r === 0) continue; // warm-up
          direct.push((TOTAL / (t1 - t0)) * 1000);
          http.push((TOTAL / (t3 - t2)) * 1000);
          const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
          directCpu.push((TOTAL / cpuMs(c1)) * 1000);
          httpCpu.push((TOTAL / cpuMs(c3)) * 1000);
        }
        rows.push([
          backend.name,
          'store layer (pushPriorities)',
          `${formatNumber(median(direct))}/s`,
          `${formatNumber(Math.max(...direct))}/s`,
          `${formatNumber(Math.min(...direct))}/s`,
          backend.name === 'sqlite' ? `${formatNumber(median(directCpu))}/s` : '—',
        ]);
        rows.push([
          backend.name,
          'HTTP over loopback (JSON, validation)',
          `${formatNumber(median(http))}/s`,
          `${formatNumber(Math.max(...http))}/s`,
          `${formatNumber(Math.min(...http))}/s`,
          backend.name === 'sqlite' ? `${formatNumber(median(httpCpu))}/s` : '—',
        ]);
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
${BATCH}, one device per run, into a fresh seeded store; ${RUNS} runs after a warm-up. "Store
layer" calls pushPriorities (one transaction per batch); "HTTP" posts each batch to the real
app listening on 127.0.0.1 (JSON parse, per-record validation, store, answer), one request at a
time. Target: at least 10,000/s on SQLite. SQLite runs in WAL mode with synchronous=NORMAL (no
fsync per commit; see README "SQLite durability"), a batch's new priorities go in as one
multi-row insert, and prepared statements are reused. "Per CPU-second" divides by this
process's CPU time rather than the clock, so it shows what ingest costs however busy the shared
2 cores are (for HTTP it includes the simulated client's own JSON work; for PostgreSQL the
server's work is in another process, so it is not shown). PostgreSQL is a throwaway local
cluster with fsync off. Other helpers' test runs shared this machine during these runs (load
average ${LOAD}), so the clock figures are low and vary widely; the fastest run is closest to
what the code does on a quiet machine.

${table(['store', 'path', 'median', 'fastest run', 'slowest run', 'per CPU-second (median)'], rows)}`,
  );
}

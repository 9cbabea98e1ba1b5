// Latency under load: 50 and 200 simulated devices syncing at once over loopback against the
// real app on SQLite; each device pushes a small batch and pulls, several rounds. The devices run
// in a process of their own (device-client.ts).
import { loadavg } from 'node:os';
import { API } from '../src/domain/sync-protocol';
import { buildApp } from '../src/server/app';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { startDevices } from './device-client';
import { formatNumber, percentile, table, writeSection } from './report';
import { benchBackends, openSeededStore } from './support-stores';

const ROUNDS = 5;
const PER_PUSH = 5;

export async function run(): Promise<void> {
  const { backends, close } = await benchBackends();
  const rows: (string | number)[][] = [];
  try {
    for (const backend of backends) {
      for (const devices of [50, 200]) {
        const store = await openSeededStore(backend, { server: true });
        const app = await buildApp({
          db: store.db,
          areas: await loadAreaIndex(store.db),
          pushWriterThread: true,
        });
        // The server's own time for each push, from its headers being read to the answer sent.
        const serverPushMs: number[] = [];
        const began = new WeakMap<object, number>();
        app.addHook('onRequest', async (request) => void began.set(request, performance.now()));
        app.addHook('onResponse', async (request) => {
          if (request.url === API.push) serverPushMs.push(performance.now() - (began.get(request) ?? 0));
        });
        const address = await app.listen({ port: 0, host: '127.0.0.1' });
        try {
          const job = { address, pushes: ROUNDS, perPush: PER_PUSH, pull: true };
          await (await startDevices({ ...job, devices: 10 })).go(); // warm-up
          serverPushMs.length = 0;
          const r = await (await startDevices({ ...job, devices })).go();
          const [firstPush = [], ...laterPushes] = r.pushMs;
          const push = laterPushes.flat();
          const ms = (v: number) => `${formatNumber(v, 1)} ms`;
          rows.push([
            backend.name,
            devices,
            ms(percentile(push, 50)),
            ms(percentile(push, 99)),
            ms(percentile(r.pullMs, 50)),
            ms(percentile(r.pullMs, 99)),
            ms(percentile(firstPush, 99)),
            ms(percentile(serverPushMs, 99)),
            `${formatNumber(r.requests / (r.elapsedMs / 1000))}/s`,
            r.errors,
          ]);
        } finally {
          await app.close();
          await store.close();
        }
      }
    }
  } finally {
    close();
  }
  writeSection(
    'sync-latency',
    'Sync latency with many devices at once (loopback)',
    `Each simulated device pushes ${PER_PUSH} new priorities and then pulls its changes, ${ROUNDS} rounds,
all devices starting together against the real app listening on 127.0.0.1. The devices run in a
process of their own (\`bench/device-client.ts\`), each with its own keep-alive connection opened
by its first request, with node:http (fetch cost the device process about 2 ms of CPU per new
connection, and with the devices in the server's process that fell on the server's event loop). Rate limits are off here (buildApp without
\`rateLimits\`): with the defaults, \`RATE_LIMIT_PER_IP\` would throttle hundreds of devices behind
one address, which is what it is for. Errors count failed requests and records not accepted.
Push figures are for rounds 2 to ${ROUNDS}; "first push p99" is round 1, when every device opens
its connection and pushes at the same moment, so the last of them waits for the server to get
through all the others (SQLite has one writer; PostgreSQL's pool of 10 spreads the queries).
"Server time per push" is Fastify's own time for each push, from its headers being read to the
answer, over all rounds. Every device sends its next request as soon as the last is answered, so
all of them always have one waiting and a request's latency is about devices ÷ requests per
second: these figures are the store's throughput seen from one device in a crowd, not an idle
store's response time. (Earlier figures, p50 25 ms, came from devices sharing the server's event
loop, which could not keep 200 requests in flight.) Other test runs shared the machine's 2 cores (load average
${loadavg()
  .map((l) => l.toFixed(1))
  .join(', ')} at the end).

${table(['store', 'devices', 'push p50', 'push p99', 'pull p50', 'pull p99', 'first push p99', 'server time per push p99', 'requests', 'errors'], rows)}`,
  );
}

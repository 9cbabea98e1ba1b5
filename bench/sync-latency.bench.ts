// Latency under load: 50 and 200 simulated devices syncing at once over loopback against the
// real app on SQLite; each device pushes a small batch and pulls, several rounds.
import { loadavg } from 'node:os';
import { API, PROTOCOL_VERSION, type PushResponse } from '../src/domain/sync-protocol';
import { buildApp } from '../src/server/app';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { formatNumber, percentile, table, writeSection } from './report';
import { benchBackends, devicePushRecords, openSeededStore } from './support-stores';

const ROUNDS = 5;
const PER_PUSH = 5;

async function simulate(address: string, devices: number) {
  const push: number[] = [];
  const pull: number[] = [];
  // The first push of every device arrives at once, with 200 new connections being opened in
  // this same process: its tail is reported apart from the rounds that follow.
  const firstPush: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: devices }, async () => {
      const records = devicePushRecords(ROUNDS * PER_PUSH);
      const deviceId = records[0]!.deviceId;
      let cursor = '0.0';
      for (let round = 0; round < ROUNDS; round++) {
        const batch = records.slice(round * PER_PUSH, (round + 1) * PER_PUSH);
        let t = performance.now();
        const res = await fetch(`${address}${API.push}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            protocol: PROTOCOL_VERSION,
            deviceId,
            sentAt: new Date().toISOString(),
            priorities: batch,
          }),
        }).catch(() => undefined);
        const body = res?.ok ? ((await res.json()) as PushResponse) : undefined;
        (round === 0 ? firstPush : push).push(performance.now() - t);
        if (!body || body.results.some((r) => r.status !== 'accepted')) errors++;
        t = performance.now();
        const answer = await fetch(
          `${address}${API.pull}?protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}&cursor=${cursor}`,
        ).catch(() => undefined);
        const page = answer?.ok ? ((await answer.json()) as { cursor: string }) : undefined;
        pull.push(performance.now() - t);
        if (!page) errors++;
        else cursor = page.cursor;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { push, pull, firstPush, errors, requests: firstPush.length + push.length + pull.length, seconds };
}

export async function run(): Promise<void> {
  const { backends, close } = await benchBackends();
  const rows: (string | number)[][] = [];
  try {
    for (const backend of backends) {
      for (const devices of [50, 200]) {
        const store = await openSeededStore(backend);
        const app = await buildApp({ db: store.db, areas: await loadAreaIndex(store.db) });
        const address = await app.listen({ port: 0, host: '127.0.0.1' });
        try {
          await simulate(address, 10); // warm-up
          const r = await simulate(address, devices);
          const ms = (v: number) => `${formatNumber(v, 1)} ms`;
          rows.push([
            backend.name,
            devices,
            ms(percentile(r.push, 50)),
            ms(percentile(r.push, 99)),
            ms(percentile(r.pull, 50)),
            ms(percentile(r.pull, 99)),
            ms(percentile(r.firstPush, 99)),
            `${formatNumber(r.requests / r.seconds)}/s`,
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
all devices starting together against the real app listening on 127.0.0.1 (client and server
share the machine's 2 cores). Rate limits are off here (buildApp without \`rateLimits\`): with the
defaults, ${'`RATE_LIMIT_PER_IP`'} would throttle hundreds of devices behind one address, which is
what it is for. Errors count failed requests and records not accepted. Push figures are for
rounds 2 to ${ROUNDS}; "first push p99" is round 1, when every device's first request arrives at
once on a new connection. That burst is where the long tail is: timed by Fastify, the server
handles each of those pushes in a few milliseconds once it has read it; the seconds go before
that, in accepting and reading 200 new connections while the same Node process (one event loop,
2 shared cores) also runs the 200 simulated clients.
SQLite has one connection, so queries wait for each other; PostgreSQL's pool of 10 spreads them.
Commits no longer fsync (SQLite synchronous=NORMAL). Other test runs shared the machine (load
average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} at the end).

${table(['store', 'devices', 'push p50', 'push p99', 'pull p50', 'pull p99', 'first push p99', 'requests', 'errors'], rows)}`,
  );
}

// Bytes on the wire for a 10,000-item sync: the device pushes its outbox in batches of 200,
// plain JSON and gzip-compressed, then pulls the server state; counted on the server's sockets.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { API, PROTOCOL_VERSION } from '../src/domain/sync-protocol';
import { buildApp } from '../src/server/app';
import { loadAreaIndex } from '../src/server/geo/area-index';
import { formatNumber, table, writeSection } from './report';
import { benchBackends, devicePushRecords, openSeededStore } from './support-stores';

const TOTAL = 10_000;
const BATCH = 200;

function send(url: string, method: string, body?: Buffer, headers: Record<string, string> = {}) {
  return new Promise<Buffer>((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(compress: boolean) {
  const { backends, close } = await benchBackends();
  const store = await openSeededStore(backends[0]!);
  const app = await buildApp({ db: store.db, areas: await loadAreaIndex(store.db) });
  const sockets: Socket[] = [];
  app.server.on('connection', (s: Socket) => sockets.push(s));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const wire = () =>
    sockets.reduce((n, s) => ({ up: n.up + s.bytesRead, down: n.down + s.bytesWritten }), { up: 0, down: 0 });
  try {
    const records = devicePushRecords(TOTAL);
    const deviceId = records[0]!.deviceId;
    for (let i = 0; i < TOTAL; i += BATCH) {
      const json = Buffer.from(
        JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId, priorities: records.slice(i, i + BATCH) }),
      );
      const body = compress ? gzipSync(json) : json;
      await send(`${address}${API.push}`, 'POST', body, {
        'content-type': 'application/json',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
    }
    const pushed = wire();
    let cursor = '0.0';
    for (;;) {
      const page = JSON.parse(
        (
          await send(
            `${address}${API.pull}?protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}&cursor=${cursor}&limit=500`,
            'GET',
          )
        ).toString(),
      ) as { cursor: string; more: boolean };
      cursor = page.cursor;
      if (!page.more) break;
    }
    const all = wire();
    return {
      pushUp: pushed.up,
      pushDown: pushed.down,
      pullUp: all.up - pushed.up,
      pullDown: all.down - pushed.down,
    };
  } finally {
    await app.close();
    await store.close();
    close();
  }
}

export async function run(): Promise<void> {
  const plain = await measure(false);
  const gzip = await measure(true);
  const kib = (n: number) => `${formatNumber(n / 1024)} KiB`;
  const rows = [
    [
      'push: device → store',
      kib(plain.pushUp),
      kib(gzip.pushUp),
      `${formatNumber((gzip.pushUp / plain.pushUp) * 100, 1)}%`,
    ],
    ['push: store → device (results)', kib(plain.pushDown), kib(gzip.pushDown), '—'],
    ['pull: both ways', kib(plain.pullUp + plain.pullDown), kib(gzip.pullUp + gzip.pullDown), '—'],
    [
      'whole sync',
      kib(plain.pushUp + plain.pushDown + plain.pullUp + plain.pullDown),
      kib(gzip.pushUp + gzip.pushDown + gzip.pullUp + gzip.pullDown),
      `${formatNumber(((gzip.pushUp + gzip.pushDown + gzip.pullUp + gzip.pullDown) / (plain.pushUp + plain.pushDown + plain.pullUp + plain.pullDown)) * 100, 1)}%`,
    ],
  ];
  writeSection(
    'sync-bytes',
    'Bytes on the wire for a 10,000-item sync',
    `One device sends ${formatNumber(TOTAL)} new priorities (points with a short description) in
${TOTAL / BATCH} pushes of ${BATCH}, then pulls their server state in pages of 500. Counted on the
server's TCP sockets (HTTP headers included), plain JSON bodies versus gzip request bodies
(\`Content-Encoding: gzip\`, what the app sends where \`CompressionStream\` exists). Answers are
not compressed by the store.

${table(['traffic', 'plain JSON', 'gzip requests', 'gzip / plain'], rows)}`,
  );
}

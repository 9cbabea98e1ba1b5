// Simulated devices for the sync benchmarks, run in a child process of their own so that their
// JSON and HTTP client work does not share the server's event loop (and CPU time) with the
// store being measured. The parent sends one job; the child prepares every request body first
// (a device's outbox is ready before it sends), waits for 'go', then sends and reports timings.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { API, PROTOCOL_VERSION, type PushResponse } from '../src/domain/sync-protocol';
import { devicePushRecords } from './support-stores';

/** Devices each sending `pushes` pushes of `perPush` new priorities, each push then a pull. */
export interface DeviceJob {
  readonly address: string;
  readonly devices: number;
  readonly pushes: number;
  readonly perPush: number;
  /** Pull after each push (the latency benchmark); the ingest benchmark only pushes. */
  readonly pull: boolean;
}

export interface DeviceTimings {
  /** Milliseconds of each push, in round order per device: round 1 first for every device. */
  readonly pushMs: number[][];
  readonly pullMs: number[];
  /** Failed requests and records not accepted. */
  readonly errors: number;
  readonly requests: number;
  /** From the first request sent to the last answer. */
  readonly elapsedMs: number;
}

type FromChild = { ready: true } | { done: DeviceTimings };

/** Starts a child process of simulated devices; `go()` runs the job and resolves with timings. */
export async function startDevices(job: DeviceJob): Promise<{ go: () => Promise<DeviceTimings> }> {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'], env: process.env });
  const next = () =>
    new Promise<FromChild>((resolve, reject) => {
      child.once('message', (m) => resolve(m as FromChild));
      child.once('exit', (code) => reject(new Error(`device process exited (${code})`)));
    });
  child.send(job);
  await next();
  return {
    async go() {
      const answer = next();
      child.send('go');
      const message = await answer;
      child.kill();
      if (!('done' in message)) throw new Error('device process answered out of turn');
      return message.done;
    },
  };
}

/**
 * One request with node:http (a fraction of fetch's client-side cost per connection, so 200
 * simulated devices in one process do not hold up their own first round); the parsed answer
 * for a 200, undefined for anything else.
 */
function send<T>(agent: Agent, url: string, body?: string): Promise<T | undefined> {
  return new Promise((resolve) => {
    const req = request(
      url,
      {
        agent,
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve(res.statusCode === 200 ? (JSON.parse(Buffer.concat(chunks).toString()) as T) : undefined),
        );
        res.on('error', () => resolve(undefined));
      },
    );
    req.on('error', () => resolve(undefined));
    req.end(body);
  });
}

async function runDevices(job: DeviceJob, ready: () => Promise<void>): Promise<DeviceTimings> {
  const devices = Array.from({ length: job.devices }, () => {
    const records = devicePushRecords(job.pushes * job.perPush);
    const deviceId = records[0]!.deviceId;
    const bodies = Array.from({ length: job.pushes }, (_, i) =>
      JSON.stringify({
        protocol: PROTOCOL_VERSION,
        deviceId,
        sentAt: new Date().toISOString(),
        priorities: records.slice(i * job.perPush, (i + 1) * job.perPush),
      }),
    );
    return { deviceId, bodies };
  });
  await ready();
  const pushMs: number[][] = Array.from({ length: job.pushes }, () => []);
  const pullMs: number[] = [];
  let errors = 0;
  let requests = 0;
  const started = performance.now();
  await Promise.all(
    devices.map(async ({ deviceId, bodies }) => {
      // Like a phone: one connection of its own, opened by its first request and kept alive.
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      let cursor = '0.0';
      for (const [round, body] of bodies.entries()) {
        let t = performance.now();
        const answer = await send<PushResponse>(agent, `${job.address}${API.push}`, body);
        pushMs[round]!.push(performance.now() - t);
        requests++;
        if (!answer || answer.results.some((r) => r.status !== 'accepted')) errors++;
        if (!job.pull) continue;
        t = performance.now();
        const query = `protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}&cursor=${cursor}`;
        const page = await send<{ cursor: string }>(agent, `${job.address}${API.pull}?${query}`);
        pullMs.push(performance.now() - t);
        requests++;
        if (page) cursor = page.cursor;
        else errors++;
      }
      agent.destroy();
    }),
  );
  return { pushMs, pullMs, errors, requests, elapsedMs: performance.now() - started };
}

// In the child: take the job, prepare, say ready, wait for 'go', run, report.
if (process.send && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const send = (m: FromChild) => process.send?.(m);
  process.once('message', (job: DeviceJob) => {
    void runDevices(
      job,
      () =>
        new Promise<void>((resolve) => {
          process.once('message', () => resolve());
          send({ ready: true });
        }),
    ).then((done) => send({ done }));
  });
}

// The real store process killed with SIGKILL while batches are being written, at random
// moments: after each restart a batch is either all there or not there at all, and sending
// everything again (what a device's outbox does) stores each record exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../src/domain/priority';
import { API, PROTOCOL_VERSION, type PushResponse } from '../../../src/domain/sync-protocol';
import { type StoreServer, startStoreServer } from '../../browser/support/store-server';
import { devicePriorities } from '../../support/backends-fixtures';

/** A drawn area with a detailed outline, so a batch takes long enough to be caught mid-write. */
function detailedArea(): Place {
  const ring: [number, number][] = [];
  for (let i = 0; i < 150; i++) {
    const a = (i / 150) * 2 * Math.PI;
    ring.push([-1.2606 + 0.002 * Math.cos(a), 52.3709 + 0.0012 * Math.sin(a)]);
  }
  ring.push(ring[0] as [number, number]);
  return { kind: 'area', geometry: { type: 'Polygon', coordinates: [ring] } };
}

describe('SIGKILL in the middle of a batch', () => {
  let store: StoreServer;
  beforeAll(async () => {
    store = await startStoreServer();
  }, 60_000);
  afterAll(() => store?.close());

  const send = (deviceId: string, priorities: unknown[]) =>
    fetch(`${store.baseUrl}${API.push}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId, priorities }),
    });

  it('never leaves part of a batch, and a resend stores every record once', {
    timeout: 180_000,
  }, async () => {
    const place = detailedArea();
    const batches = Array.from({ length: 6 }, () =>
      devicePriorities(200, { place }).map((p) => ({ ...p, baseVersion: 0 })),
    );
    const deviceIds = batches.map((b) => b[0]!.deviceId);
    const held = (ids: readonly string[]) =>
      store.query<{ n: number }>(
        `select count(*) as n from priorities where id in (${ids.map(() => '?').join(',')})`,
        ...ids,
      )[0]!.n;
    // How long one batch takes here, so the kills can be spread across its life.
    const warmUp = devicePriorities(200, { place }).map((p) => ({ ...p, baseVersion: 0 }));
    const started = performance.now();
    expect((await send(warmUp[0]!.deviceId, warmUp)).status).toBe(200);
    const took = performance.now() - started;
    const fractions = [0.3, 0.5, 0.7, 0.85, 1, 1.5];
    const outcomes: number[] = [];
    for (const [i, batch] of batches.entries()) {
      const sending = send(deviceIds[i]!, batch).catch(() => undefined);
      // Kill anywhere from before the body has arrived to after the commit.
      await new Promise((r) => setTimeout(r, took * (fractions[i] ?? 1)));
      await store.stop('SIGKILL');
      await sending;
      await store.restart();
      const n = held(batch.map((p) => p.id));
      outcomes.push(n);
      expect([0, 200], `batch ${i} after the kill`).toContain(n);
    }
    console.info(
      `one batch took ${Math.round(took)} ms; rows held per batch after each kill:`,
      outcomes.join(', '),
    );
    // The device resumes: everything is sent again; nothing doubles, nothing is missing.
    for (const [i, batch] of batches.entries()) {
      const res = await send(deviceIds[i]!, batch);
      expect(res.status).toBe(200);
      const body = (await res.json()) as PushResponse;
      const expected = outcomes[i] === 200 ? 'duplicate' : 'accepted';
      expect(new Set(body.results.map((r) => r.status))).toEqual(new Set([expected]));
    }
    const all = batches.flat().map((p) => p.id);
    expect(held(all)).toBe(all.length);
    expect(store.query<{ n: number }>('select count(*) as n from priorities')[0]!.n).toBe(all.length + 200);
  });
});

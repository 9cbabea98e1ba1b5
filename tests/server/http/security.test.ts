// Security headers and rate limits on the real app (SQLite is enough: nothing here is SQL).
import { afterEach, describe, expect, it } from 'vitest';
import { API, PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { HSTS_VALUE, tileSource } from '../../../src/server/http/security-headers';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { devicePriorities, pushRequest } from '../../support/backends-fixtures';

const sqlite = backends().find((b) => b.name === 'sqlite')!;

describe('security headers', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('sends a CSP allowing only the app and the configured tile host, and the other headers', async () => {
    t = await openApp(sqlite, {
      tiles: {
        urlTemplate: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png',
        attribution: 'x',
        minZoom: 6,
        maxZoom: 19,
        bulkDownloadAllowed: false,
        bulkDownloadMaxTiles: 0,
        averageTileBytes: 0,
        pmtilesUrl: '',
      },
    });
    const res = await t.app.inject({ method: 'GET', url: API.config });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob: https://*.tiles.example.org");
    expect(csp).toContain("connect-src 'self' https://*.tiles.example.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS only when the request came over TLS (through a trusted proxy here)', async () => {
    t = await openApp(sqlite, { trustProxy: true });
    const tls = await t.app.inject({
      method: 'GET',
      url: API.config,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(tls.headers['strict-transport-security']).toBe(HSTS_VALUE);
    const plain = await t.app.inject({ method: 'GET', url: API.config });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
  });

  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.example.com/{z}/{x}/{y}.png', 'https://*.tile.example.com'],
    ['http://127.0.0.1:8123/{z}/{x}/{y}.png', 'http://127.0.0.1:8123'],
    ['', undefined],
  ])('tile source of %s is %s', (template, source) => {
    expect(tileSource(template)).toBe(source);
  });
});

describe('rate limits', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('limits each device on sync, with a 429 the app retries later; other devices carry on', async () => {
    t = await openApp(sqlite, { rateLimits: { perIpPerMinute: 1000, perDevicePerMinute: 5 } });
    const [noisy] = devicePriorities(1);
    const pull = (deviceId: string) =>
      t!.app.inject({ method: 'GET', url: `${API.pull}?protocol=${PROTOCOL_VERSION}&deviceId=${deviceId}` });
    for (let i = 0; i < 5; i++) expect((await pull(noisy!.deviceId)).statusCode).toBe(200);
    const refused = await pull(noisy!.deviceId);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'rate_limited' });
    expect(refused.json().message).toContain('Too many requests from this device');
    expect(refused.headers['retry-after']).toBeDefined();
    // Push and pull share the device's count.
    const push = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(noisy!.deviceId, [noisy!]),
    });
    expect(push.statusCode).toBe(429);
    const [quiet] = devicePriorities(1);
    expect((await pull(quiet!.deviceId)).statusCode).toBe(200);
  });

  it('limits each IP address across all endpoints', async () => {
    t = await openApp(sqlite, { rateLimits: { perIpPerMinute: 10, perDevicePerMinute: 100 } });
    const codes: number[] = [];
    for (let i = 0; i < 12; i++)
      codes.push((await t.app.inject({ method: 'GET', url: API.config })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 200)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
    const other = await t.app.inject({ method: 'GET', url: API.config, remoteAddress: '192.0.2.7' });
    expect(other.statusCode).toBe(200);
  });
});

describe('NUL characters', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  it('are refused with a 400 naming where, in the path, the query or the body', async () => {
    t = await openApp(sqlite);
    const inPath = await t.app.inject({ method: 'GET', url: '/api/v1/csps/E22%00/boundaries' });
    expect(inPath.statusCode).toBe(400);
    expect(inPath.json().message).toBe('Invalid request: params.code: must not contain a NUL character');
    const [p] = devicePriorities(1);
    const inBody = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(p!.deviceId, [{ ...p!, description: 'a\u0000b' }]),
    });
    expect(inBody.statusCode).toBe(400);
    expect(inBody.json().message).toContain('body.priorities[0].description');
    const inKey = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: { ...pushRequest(p!.deviceId, [p!]), 'x\u0000': 1 },
    });
    expect(inKey.json().message).toContain('must not contain a NUL character');
  });

  it('are told apart from text that only spells the escape out', async () => {
    t = await openApp(sqlite);
    // The six characters \u0000 typed into a description are text, not a NUL.
    const [p] = devicePriorities(1);
    const spelled = await t.app.inject({
      method: 'POST',
      url: API.push,
      payload: pushRequest(p!.deviceId, [{ ...p!, description: 'path C:\\u0000 typed out' }]),
    });
    expect(spelled.statusCode).toBe(200);
    expect(spelled.json().results[0].status).toBe('accepted');
  });
});

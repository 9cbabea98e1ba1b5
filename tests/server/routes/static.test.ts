// Serving the built PWA: shell and service worker never cached stale, SPA fallback for pages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';

const sqlite = backends().filter((b) => b.name === 'sqlite');

describe.each(sqlite)('static PWA ($name store)', (backend) => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'np-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await openApp(backend, { staticDir: dir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/', '/index.html', '/sw.js'])('%s is served with Cache-Control: no-cache', async (url) => {
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('hashed assets are cached for good', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('an app route asked for as a page gets index.html', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/record/new', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>app</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('a missing file not asked for as a page → 404 ErrorBody', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/missing.png', headers: { accept: 'image/*' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });

  it('the API still answers with a missing staticDir', async () => {
    const other = await openApp(backend, { staticDir: join(dir, 'does-not-exist') });
    try {
      expect((await other.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect(
        (await other.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).statusCode,
      ).toBe(404);
    } finally {
      await other.close();
    }
  });
});

// The consultation summary endpoint: counts by assigned CSP and date, suppression, comparison, validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushSummaryFixture } from '../../support/backends-summary';

const url = (query: string, csp = 'E22000321') => `${API.summary(csp)}?${query}`;

describe.each(backends())('summary API on $name', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openApp(backend);
    await pushSummaryFixture(t.store);
  });
  afterAll(() => t.close());

  it('ranks themes for the CSP and period, suppressing small counts', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31') });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      csps: [{ code: 'E22000321', name: 'Rugby' }],
      period: { from: '2026-04-01', to: '2027-03-31' },
      comparison: { from: '2025-04-01', to: '2026-03-31' },
      total: 21,
      previousTotal: 15,
    });
    const themes = s.themes.map((x: { themeKey: string; count: number | null; rank: number | null }) => [
      x.rank,
      x.themeKey,
      x.count,
    ]);
    expect(themes).toEqual([
      [1, 'local.speeding', 10],
      [2, 'local.parking', 6],
      [null, 'local.fly-tipping', null],
      [null, 'local.graffiti', null],
    ]);
    const parking = s.themes[1];
    expect(parking.previousCount).toBe(10);
    expect(parking.change).toMatchObject({ direction: 'down' });
    // 2 placed outside every ward: hidden, and so is enough else that it cannot be worked out.
    const eastlands = s.wards.find((w: { code: string }) => w.code === 'E05008986');
    const none = s.wards.find((w: { code: string | null }) => w.code === null);
    expect(none.total).toBeNull();
    expect(eastlands.total).toBeNull();
    expect(eastlands.residents).toBeGreaterThan(1000);
    expect(JSON.stringify(s)).not.toMatch(/"count":[1-4][,}]/);
  });

  it('compares with a chosen period', async () => {
    const s = (
      await t.app.inject({
        method: 'GET',
        url: url('from=2026-04-01&to=2027-03-31&compareFrom=2026-03-31&compareTo=2026-03-31'),
      })
    ).json();
    expect(s.comparison).toEqual({ from: '2026-03-31', to: '2026-03-31' });
    expect(s.previousTotal).toBe(5);
  });

  it('counts a priority where the server placed it, not where the device said', async () => {
    const s = (
      await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31', 'E22000359') })
    ).json();
    expect(s.total).toBeNull();
    expect(s.csps[0].name).toBe('South Warwickshire');
  });

  it('sums a county strategy group of CSPs', async () => {
    const s = (
      await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31', 'E22000321,E22000359') })
    ).json();
    expect(s.total).toBe(22);
    expect(s.csps.map((c: { code: string }) => c.code)).toEqual(['E22000321', 'E22000359']);
  });

  it('serves the same data as tidy CSV', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31&format=csv') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body).toContain(
      'E22000321,2026-04-01,2027-03-31,theme,,,local.speeding,Speeding,,priorities,10,',
    );
  });

  it.each([
    ['to=2027-03-31', 'from', 'from is required'],
    ['from=2026-04-01', 'to', 'to is required'],
    ['from=2026-02-30&to=2027-03-31', 'from', 'from must be a date'],
    ['from=2026-04-01&to=31/03/2027', 'to', 'to must be a date'],
    ['from=2027-04-01&to=2026-03-31', 'from', 'from must be on or before to'],
    ['from=2026-04-01&to=2027-03-31&format=xlsx', 'format', 'format must be json or csv'],
    ['from=2026-04-01&to=2027-03-31&compareFrom=2025-01-01', 'compareTo', 'compareTo is required'],
  ])('?%s → 400 naming %s', async (query, path, message) => {
    const res = await t.app.inject({ method: 'GET', url: url(query) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('invalid_request');
    expect(res.json().issues[0]).toMatchObject({ path });
    expect(res.json().message).toContain(message);
  });

  it('an unknown CSP → 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31', 'E22999999') });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toBe('not_found');
  });
});

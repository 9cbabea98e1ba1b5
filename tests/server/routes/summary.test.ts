// The consultation summary endpoint: counts by assigned CSP and date, period validation.
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

  it('ranks themes for the CSP and period, with ward counts', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31') });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      cspCode: 'E22000321',
      cspName: 'Rugby',
      from: '2026-04-01',
      to: '2027-03-31',
      total: 4,
    });
    expect(s.themes).toEqual([
      {
        rank: 1,
        themeKey: 'local.speeding',
        themeLabel: 'Speeding',
        count: 3,
        share: 0.75,
        wards: [
          { wardCode: 'E05008986', wardName: 'Eastlands', count: 2 },
          { wardCode: null, wardName: null, count: 1 },
        ],
      },
      {
        rank: 2,
        themeKey: 'local.parking',
        themeLabel: 'Inconsiderate parking',
        count: 1,
        share: 0.25,
        wards: [{ wardCode: 'E05008986', wardName: 'Eastlands', count: 1 }],
      },
    ]);
  });

  it('counts a priority where the server placed it, not where the device said', async () => {
    const s = (
      await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31', 'E22000359') })
    ).json();
    expect(s.total).toBe(1);
    expect(s.themes[0].wards[0].wardName).toBe('Guildhall');
  });

  it('serves the same data as CSV', async () => {
    const res = await t.app.inject({ method: 'GET', url: url('from=2026-04-01&to=2027-03-31&format=csv') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.split('\r\n')).toHaveLength(1 + 3 + 1);
  });

  it.each([
    ['to=2027-03-31', 'from', 'from is required'],
    ['from=2026-04-01', 'to', 'to is required'],
    ['from=2026-02-30&to=2027-03-31', 'from', 'from must be a date'],
    ['from=2026-04-01&to=31/03/2027', 'to', 'to must be a date'],
    ['from=2027-04-01&to=2026-03-31', 'from', 'from must be on or before to'],
    ['from=2026-04-01&to=2027-03-31&format=xlsx', 'format', 'format must be json or csv'],
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

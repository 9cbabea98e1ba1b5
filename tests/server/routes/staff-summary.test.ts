// The officer's summary endpoints: staff with 'export' only, for their own CSPs, every format
// downloadable with a file name, every export audited, bad input a 400 naming the field.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_API } from '../../../src/domain/summary-export';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushSummaryFixture } from '../../support/backends-summary';
import { RUGBY, SOUTH_WARWICKSHIRE, staffSession } from '../../support/staff';

const query = 'csp=E22000321&from=2026-04-01&to=2027-03-31';

describe.each(backends())('staff summary API on $name', (backend) => {
  let t: TestApp;
  let analyst: { authorization: string };
  beforeAll(async () => {
    t = await openApp(backend);
    await pushSummaryFixture(t.store);
    analyst = (await staffSession(t.app, t.store.db, 'analyst', [RUGBY])).headers;
  });
  afterAll(() => t.close());

  it('previews the summary for an analyst of the CSP', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.preview}?${query}`,
      headers: analyst,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 21, csps: [{ code: RUGBY }] });
  });

  it('downloads a Word document with its file name, and audits it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.export}?${query}&format=docx`,
      headers: analyst,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="consultation-summary-E22000321-2026-04-01-2027-03-31.docx"',
    );
    expect(strFromU8(unzipSync(res.rawPayload)['word/document.xml']!)).toContain('Speeding');
    const audited = await t.store.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'csp_code'])
      .where('action', '=', 'summary.export')
      .execute();
    expect(audited).toEqual([{ action: 'summary.export', csp_code: RUGBY }]);
  });

  it.each(['html', 'md', 'csv', 'geojson', 'json', 'police-uk'])('downloads %s', async (format) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.export}?${query}&format=${format}`,
      headers: analyst,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="consultation-summary-E22000321-/,
    );
    expect(res.body.length).toBeGreaterThan(2);
  });

  it('refuses without a session (401), without the permission (403) and outside the account’s CSPs (403)', async () => {
    expect((await t.app.inject({ method: 'GET', url: `${SUMMARY_API.preview}?${query}` })).statusCode).toBe(
      401,
    );
    const pcso = (await staffSession(t.app, t.store.db, 'pcso', [RUGBY])).headers;
    expect(
      (await t.app.inject({ method: 'GET', url: `${SUMMARY_API.preview}?${query}`, headers: pcso }))
        .statusCode,
    ).toBe(403);
    const other = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.export}?csp=${RUGBY},${SOUTH_WARWICKSHIRE}&from=2026-04-01&to=2027-03-31&format=csv`,
      headers: analyst,
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain(SOUTH_WARWICKSHIRE);
  });

  it.each([
    ['csp=E22000321&from=2026-04-01', 'to'],
    ['csp=nope&from=2026-04-01&to=2027-03-31', 'csp'],
    [`${query}&format=xlsx`, 'format'],
    [`${query}&compareFrom=2025-01-01`, 'compareTo'],
  ])('?%s → 400 naming %s', async (q, path) => {
    const url = q.includes('format=') ? `${SUMMARY_API.export}?${q}` : `${SUMMARY_API.preview}?${q}`;
    const res = await t.app.inject({ method: 'GET', url, headers: analyst });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(path);
  });
});

// The officer sees the real counts before publishing (issue 14 item 6), on both stores: nine
// priorities over four themes, each under 5. The staff preview gives every real count beside
// the published (suppressed) summary; every file and the public summary keep the suppression.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsultationSummary, StaffSummaryPreview } from '../../../src/domain/summary';
import { EXPORT_FORMATS, SUMMARY_API } from '../../../src/domain/summary-export';
import { API } from '../../../src/domain/sync-protocol';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { pushAll } from '../../support/moderation-fixtures';
import { RUGBY, staffSession } from '../../support/staff';

const range = 'from=2026-04-01&to=2027-03-31';
const THEMES = { 'local.speeding': 3, 'local.parking': 2, 'local.litter': 2, 'local.graffiti': 2 } as const;

describe.each(backends())('the staff preview’s real counts on $name', (backend) => {
  let t: TestApp;
  let analyst: { authorization: string };
  beforeAll(async () => {
    t = await openApp(backend);
    await pushAll(
      t.store,
      Object.entries(THEMES).flatMap(([themeKey, n]) =>
        Array.from({ length: n }, (_, i) => ({
          themeKey: themeKey as keyof typeof THEMES,
          description: `${themeKey} number ${i + 1}`,
        })),
      ),
    );
    analyst = (await staffSession(t.app, t.store.db, 'analyst', [RUGBY])).headers;
  });
  afterAll(() => t.close());

  const counts = (s: ConsultationSummary) =>
    Object.fromEntries(s.themes.map((row) => [row.themeKey, row.count]));

  it('shows every real count, ranked, beside the published summary that hides them', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.preview}?csp=${RUGBY}&${range}`,
      headers: analyst,
    });
    expect(res.statusCode).toBe(200);
    const preview = res.json() as StaffSummaryPreview;
    expect(preview.actual.total).toBe(9);
    expect(counts(preview.actual)).toEqual(THEMES);
    expect(preview.actual.themes.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
    expect(preview.actual.themes[0]!.themeKey).toBe('local.speeding');
    // What publication gives: no theme count at all.
    expect(Object.values(counts(preview))).toEqual([null, null, null, null]);
    expect(preview.themes.every((row) => row.rank === null)).toBe(true);
    // Quotes are the published summary's only.
    expect(preview.actual.quotes).toEqual([]);
  });

  it('asks for a staff session with permission to export', async () => {
    const url = `${SUMMARY_API.preview}?csp=${RUGBY}&${range}`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const pcso = (await staffSession(t.app, t.store.db, 'pcso', [RUGBY])).headers;
    expect((await t.app.inject({ method: 'GET', url, headers: pcso })).statusCode).toBe(403);
  });

  it('keeps every file and the public summary suppressed', async () => {
    for (const format of EXPORT_FORMATS) {
      const res = await t.app.inject({
        method: 'GET',
        url: `${SUMMARY_API.export}?csp=${RUGBY}&${range}&format=${format}`,
        headers: analyst,
      });
      expect(res.statusCode, format).toBe(200);
      expect(res.body, format).not.toContain('"actual"');
    }
    const spreadsheet = await t.app.inject({
      method: 'GET',
      url: `${SUMMARY_API.export}?csp=${RUGBY}&${range}&format=csv`,
      headers: analyst,
    });
    // No theme's count appears in the spreadsheet: each is the suppressed note instead.
    const themeRows = spreadsheet.body
      .split('\r\n')
      .filter((line) => line.includes(',theme,') && line.includes(',priorities,'));
    expect(themeRows.length).toBeGreaterThan(0);
    for (const line of themeRows) expect(line).toMatch(/,,"?suppressed/);

    const open = await t.app.inject({ method: 'GET', url: `${API.summary(RUGBY)}?${range}` });
    expect(open.statusCode).toBe(200);
    const summary = open.json() as ConsultationSummary & { actual?: unknown };
    expect(summary.actual).toBeUndefined();
    expect(Object.values(counts(summary))).toEqual([null, null, null, null]);
    const csv = await t.app.inject({ method: 'GET', url: `${API.summary(RUGBY)}?${range}&format=csv` });
    expect(csv.body).not.toContain('"actual"');
  });
});

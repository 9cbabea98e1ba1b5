// The CLI in-process: export writes the summary CSV; bad flags exit 2 naming the flag.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_CSV_COLUMNS } from '../../src/reports/formats/csv';
import { main } from '../../src/server/cli';
import { parseCsv } from '../../src/server/seed/csv';
import { backends, openSeededStore, type TestStore } from '../support/backends';
import { pushSummaryFixture } from '../support/backends-summary';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe.each(backends())('cli on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    await pushSummaryFixture(store);
    dir = mkdtempSync(join(tmpdir(), 'np-cli-'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('export writes the summary as CSV with a BOM and header', async () => {
    const out = join(dir, 'rugby.csv');
    const argv = [
      'export',
      '--csp',
      'E22000321',
      '--from',
      '2026-04-01',
      '--to',
      '2027-03-31',
      '--format',
      'csv',
      '--out',
      out,
    ];
    const c = capture();
    expect(await main(argv, store.env, c.io)).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual([...SUMMARY_CSV_COLUMNS]);
    const value = (section: string, theme: string, measure: string) =>
      rows.find((r) => r[3] === section && r[6] === theme && r[9] === measure)?.[10];
    expect(value('total', '', 'priorities')).toBe('21');
    expect(value('theme', 'local.speeding', 'priorities')).toBe('10');
    expect(value('theme', 'local.fly-tipping', 'priorities')).toBe('');
    expect(c.err.join('')).toContain('21 priorities');
  });

  it('export --format json prints the summary to stdout', async () => {
    const c = capture();
    const code = await main(
      ['export', '--csp', 'E22000321', '--from', '2026-04-01', '--to', '2027-03-31', '--format', 'json'],
      store.env,
      c.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(c.out.join('')).about.total).toBe(21);
  });

  it('migrate reports an up-to-date schema', async () => {
    const c = capture();
    expect(await main(['migrate'], store.env, c.io)).toBe(0);
    expect(c.err.join('')).toContain('up to date');
  });

  it.each([
    [['export', '--from', '2026-04-01', '--to', '2027-03-31'], '--csp is required'],
    [['export', '--csp', 'Rugby', '--from', '2026-04-01', '--to', '2027-03-31'], '--csp must be'],
    [
      [
        'export',
        '--csp',
        'E22000321',
        '--from',
        '2026-04-01',
        '--to',
        '2027-03-31',
        '--compare-from',
        '2025-01-01',
      ],
      '--compare-to is required',
    ],
    [['export', '--csp', 'E22000321', '--from', '2026-4-1', '--to', '2027-03-31'], '--from must be a date'],
    [['export', '--csp', 'E22000321', '--from', '2026-04-01'], '--to is required'],
    [
      ['export', '--csp', 'E22000321', '--from', '2026-04-01', '--to', '2027-03-31', '--format', 'xlsx'],
      '--format must be',
    ],
    [
      ['export', '--csp', 'E22999999', '--from', '2026-04-01', '--to', '2027-03-31'],
      '--csp E22999999: not a CSP',
    ],
    [['export', '--bogus'], "'--bogus'"],
    [['frobnicate'], 'unknown command'],
  ])('%j → exit 2 with a message naming the problem', async (argv, message) => {
    const c = capture();
    expect(await main(argv, store.env, c.io)).toBe(2);
    expect(c.err.join('')).toContain(message);
  });
});

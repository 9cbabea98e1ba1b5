// `cli meeting record` in-process on both databases: Markdown on stdout, CSV and DOCX files
// opened as their readers would, the export audited, bad calls exit 2 naming what is wrong.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPriorityId } from '../../src/domain/ids';
import { MEETING_RECORD_CSV_COLUMNS } from '../../src/reports/meeting-record-csv';
import { main } from '../../src/server/cli';
import { loadAreaIndex } from '../../src/server/geo/area-index';
import { parseCsv } from '../../src/server/seed/csv';
import { addResponse } from '../../src/server/store/meetings/responses';
import { storeMeetingBundle } from '../../src/server/store/meetings/store-bundle';
import { sampleBundle } from '../domain/meeting-fixtures';
import { backends, openSeededStore, type TestStore } from '../support/backends';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const OFFICER = { id: 'staff-cli-1', displayName: 'Insp Ottoline Fairweather' };

describe.each(backends())('cli meeting record on $name', (backend) => {
  let store: TestStore;
  let dir: string;
  const sample = sampleBundle();
  // A description a spreadsheet would otherwise run as a formula.
  const bundle = {
    ...sample,
    priorities: sample.priorities.map((p, i) =>
      i === 1 ? { ...p, description: '=HYPERLINK("http://x","y")' } : p,
    ),
  };
  const agreedId = bundle.agreed[0]!.priorityId;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    const areas = await loadAreaIndex(store.db);
    await storeMeetingBundle(store.db, bundle, areas.assign);
    await addResponse(
      store.db,
      agreedId,
      { status: 'done', action: 'Speed camera van twice a week', reason: '' },
      OFFICER,
    );
    dir = mkdtempSync(join(tmpdir(), 'np-cli-meeting-'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (...argv: string[]) => {
    const c = capture();
    const code = await main(['meeting', 'record', ...argv], { ...store.env, USER: 'clerk' }, c.io);
    return { code, out: c.out.join(''), err: c.err.join('') };
  };

  it('prints the record as Markdown by default, the same record the staff screen downloads', async () => {
    const { code, out } = await run(bundle.meeting.id);
    expect(code).toBe(0);
    expect(out).toContain('# PACT meeting record: Benn, 2026-11-20');
    expect(out).toContain('- **Attendance:** 12');
    expect(out).toContain('| 1 | Speeding: Raised at the meeting #1 | 9 | Police |');
    expect(out).toContain('Done (');
    expect(out).toContain('Speed camera van twice a week');
    expect(out).not.toContain(OFFICER.displayName);
  });

  it('writes a CSV with one row per priority raised, agreed ones with their progress', async () => {
    const file = join(dir, 'record.csv');
    const { code, err } = await run(bundle.meeting.id, '--format', 'csv', '--out', file);
    expect(code).toBe(0);
    expect(err).toContain(`to ${file} (csv)`);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8'));
    expect(header).toEqual([...MEETING_RECORD_CSV_COLUMNS]);
    expect(rows).toHaveLength(bundle.items.length);
    const col = (name: (typeof MEETING_RECORD_CSV_COLUMNS)[number]) => header!.indexOf(name);
    const agreed = rows.find((r) => r[col('priority_id')] === agreedId)!;
    expect(agreed[col('agreed_rank')]).toBe('1');
    expect(agreed[col('lead_agency')]).toBe('Police');
    expect(agreed[col('progress_status')]).toBe('Done');
    expect(agreed[col('progress_action')]).toBe('Speed camera van twice a week');
    expect(agreed[col('votes')]).toBe('9');
    const notAgreed = rows.find((r) => r[col('priority_id')] === bundle.priorities[3]!.id)!;
    expect(notAgreed[col('agreed_rank')]).toBe('');
    expect(notAgreed[col('how_raised')]).toMatch(/chair/i);
    const formula = rows.find((r) => r[col('priority_id')] === bundle.priorities[1]!.id)!;
    expect(formula[col('description')]).toBe('\'=HYPERLINK("http://x","y")');
    expect(bytes.toString('utf8')).not.toContain('Fairweather');
  });

  it('writes a Word document that opens with the meeting and its agreed priorities', async () => {
    const file = join(dir, 'record.docx');
    expect((await run(bundle.meeting.id, '--format', 'docx', '--out', file)).code).toBe(0);
    const xml = strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);
    expect(xml).toContain('Agreed priorities');
    expect(xml).toContain('Speed camera van twice a week');
    expect(xml).toContain('Church Hall');
  });

  it('writes each export to the audit log as the operator who ran it', async () => {
    const entries = await store.db.kysely
      .selectFrom('audit_log')
      .select(['actor', 'action', 'details'])
      .where('target_id', '=', bundle.meeting.id)
      .where('action', '=', 'export-meeting-record')
      .execute();
    expect(entries.map((e) => [e.actor, JSON.parse(e.details).format]).sort()).toEqual([
      ['cli:clerk', 'csv'],
      ['cli:clerk', 'docx'],
      ['cli:clerk', 'text'],
    ]);
  });

  it("lists the CSP's meetings with the ids the record command takes", async () => {
    const c = capture();
    expect(await main(['meeting', 'list', '--csp', 'E22000321'], store.env, c.io)).toBe(0);
    expect(c.out.join('')).toContain(`${bundle.meeting.id}  2026-11-20  PACT  Benn`);
    const other = capture();
    expect(await main(['meeting', 'list', '--csp', 'E22000359'], store.env, other.io)).toBe(0);
    expect(other.out.join('')).toBe('');
    expect(other.err.join('')).toContain('0 meetings for E22000359');
    const bad = capture();
    expect(await main(['meeting', 'list', '--csp', 'Rugby'], store.env, bad.io)).toBe(2);
    expect(bad.err.join('')).toContain('--csp');
  });

  it('exits 2 naming the problem for a bad call, and 1 for a meeting it does not hold', async () => {
    const bad = await run('not-an-id');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('meeting id must be a UUIDv7');
    const format = await run(bundle.meeting.id, '--format', 'pdf');
    expect(format.code).toBe(2);
    expect(format.err).toContain('--format must be one of text, csv, docx');
    const docx = await run(bundle.meeting.id, '--format', 'docx');
    expect(docx.code).toBe(2);
    expect(docx.err).toContain('--format docx needs --out');
    expect((await run()).code).toBe(2);
    const missing = await run(newPriorityId());
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no meeting');
    const c = capture();
    expect(await main(['meeting', 'minutes'], store.env, c.io)).toBe(2);
    expect(c.err.join('')).toContain('unknown meeting command "minutes"');
  });
});

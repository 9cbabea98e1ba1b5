// A tie for the last agreed place reaches the store with how the chair resolved it, and every
// record format tells it; a bundle from before ties were recorded is still accepted. Both stores.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API } from '../../../src/domain/meetings-api';
import { sampleBundle, sampleTiedBundle } from '../../domain/meeting-fixtures';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { staffSession } from '../../support/staff';

describe.each(backends())('meeting ties on $name', (backend) => {
  let t: TestApp;
  let pcso: { authorization: string };
  let officer: { authorization: string };
  const tied = sampleTiedBundle();
  const [, , third, fourth] = tied.priorities;
  beforeAll(async () => {
    t = await openApp(backend);
    pcso = (await staffSession(t.app, t.store.db, 'pcso')).headers;
    officer = (await staffSession(t.app, t.store.db, 'officer')).headers;
  });
  afterAll(() => t.close());

  const send = (payload: object) =>
    t.app.inject({ method: 'POST', url: MEETINGS_API.bundles, headers: pcso, payload });
  const record = (format: string) =>
    t.app.inject({
      method: 'GET',
      url: `${MEETINGS_API.record(tied.meeting.id)}?format=${format}`,
      headers: officer,
    });

  it('accepts the tie, and a bundle without one as old devices send', async () => {
    expect((await send(tied)).json().status).toBe('accepted');
    const old = sampleBundle();
    expect((await send(old)).json().status).toBe('accepted');
    const rows = await t.store.db.kysely.selectFrom('meetings').select(['id', 'agreed_tie']).execute();
    expect(rows.find((r) => r.id === old.meeting.id)?.agreed_tie).toBeNull();
    expect(JSON.parse(rows.find((r) => r.id === tied.meeting.id)?.agreed_tie ?? 'null')).toEqual(tied.tie);
    const oldRecord = await t.app.inject({
      method: 'GET',
      url: MEETINGS_API.record(old.meeting.id),
      headers: officer,
    });
    expect(oldRecord.json().tie).toBeUndefined();
  });

  it('refuses a tie that does not match the votes with a 400 naming the field, storing nothing', async () => {
    const bad = sampleTiedBundle();
    const res = await send({ ...bad, tie: { ...bad.tie, votes: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('tie.candidates[0]: has 4 votes, not the 5 of the tie');
    const held = await t.store.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', bad.meeting.id)
      .execute();
    expect(held).toEqual([]);
  });

  it('tells the tie and the chair’s choice in JSON, Markdown, Word, CSV and the police.uk export', async () => {
    const json = (await record('json')).json();
    expect(json.tie).toMatchObject({ place: 3, votes: 4 });
    expect(json.tie.candidates.map((c: { chosen: boolean }) => c.chosen)).toEqual([
      false,
      true,
      false,
      false,
    ]);

    const md = (await record('md')).body;
    expect(md).toContain('## Tie for agreed place 3');
    expect(md).toContain(
      '4 priorities tied on 4 votes each for agreed place 3. The votes could not decide between them, so the chair chose 1 of them.',
    );
    expect(md).toContain(`${fourth!.description} | 4 | Agreed: chosen by the chair |`);
    expect(md).toContain(`${third!.description} | 4 | Not chosen |`);
    expect(md).toContain('| 3 (chosen by the chair after a tie) |');

    const docx = await record('docx');
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!);
    expect(xml).toContain('Tie for agreed place 3');
    expect(xml).toContain('Agreed: chosen by the chair');

    const csv = (await record('csv')).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = lines[0]!.split(',');
    expect(header.at(-1)).toBe('tie');
    const rowOf = (id: string) => lines.find((l) => l.includes(id)) ?? '';
    expect(rowOf(fourth!.id)).toContain('Tied on 4 votes for place 3: chosen by the chair.');
    expect(rowOf(third!.id)).toContain('Tied on 4 votes for place 3: not chosen.');
    expect(rowOf(tied.priorities[0]!.id).endsWith(',')).toBe(true);

    const police = await t.app.inject({
      method: 'GET',
      url: MEETINGS_API.policeUk(tied.meeting.id),
      headers: officer,
    });
    const issues = police.json().map((p: { issue: string }) => p.issue);
    expect(issues[2]).toContain(
      'Chosen by the chair of the meeting from 4 priorities tied on 4 votes for place 3.',
    );
    expect(issues[0]).not.toContain('tied');
  });
});

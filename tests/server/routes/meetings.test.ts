// The meeting and "you said, we did" API over HTTP, on both stores.
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API } from '../../../src/domain/meetings-api';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { sampleBundle } from '../../domain/meeting-fixtures';
import { backends } from '../../support/backends';
import { openApp, type TestApp } from '../../support/backends-app';
import { SOUTH_WARWICKSHIRE, staffSession } from '../../support/staff';

describe.each(backends())('meetings API on $name', (backend) => {
  let t: TestApp;
  const bundle = sampleBundle();
  const as: Record<'officer' | 'analyst' | 'elsewhere' | 'pcso', { authorization: string }> = {} as never;
  const asStaff = (who: keyof typeof as) => as[who];
  beforeAll(async () => {
    t = await openApp(backend);
    as.officer = (await staffSession(t.app, t.store.db, 'officer')).headers;
    as.analyst = (await staffSession(t.app, t.store.db, 'analyst')).headers;
    as.pcso = (await staffSession(t.app, t.store.db, 'pcso')).headers;
    as.elsewhere = (await staffSession(t.app, t.store.db, 'officer', [SOUTH_WARWICKSHIRE])).headers;
    const first = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: bundle,
    });
    expect(first.json()).toEqual({
      protocol: PROTOCOL_VERSION,
      meetingId: bundle.meeting.id,
      status: 'accepted',
    });
  });
  afterAll(() => t.close());

  it('takes a bundle only from staff who may run meetings in its CSP, and audits who sent it', async () => {
    const other = sampleBundle();
    const send = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: MEETINGS_API.bundles, headers, payload: other });
    const anonymous = await send({});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toMatch(/Sign in as staff/);
    expect((await send(asStaff('analyst'))).statusCode).toBe(403);
    const elsewhere = await send(asStaff('elsewhere'));
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().message).toContain('E22000321');
    const held = () =>
      t.store.db.kysely.selectFrom('meetings').select('id').where('id', '=', other.meeting.id).execute();
    expect(await held()).toEqual([]);
    expect((await send(asStaff('officer'))).json().status).toBe('accepted');
    const audited = await t.store.db.kysely
      .selectFrom('audit_log')
      .select(['actor', 'csp_code'])
      .where('action', '=', 'upload-meeting')
      .where('target_id', '=', other.meeting.id)
      .execute();
    expect(audited).toEqual([{ actor: expect.stringMatching(/^officer-/), csp_code: 'E22000321' }]);
  });

  it('answers duplicate when the same bundle is uploaded again', async () => {
    const again = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: bundle,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('duplicate');
  });

  it('refuses a bad bundle with a 400 naming the field, storing nothing', async () => {
    const bad = sampleBundle();
    const res = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: { ...bad, agreed: [{ ...bad.agreed[0]!, leadAgency: 'army' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('agreed[0].leadAgency: agency must be one of police, council');
    const held = await t.store.db.kysely
      .selectFrom('meetings')
      .select('id')
      .where('id', '=', bad.meeting.id)
      .execute();
    expect(held).toEqual([]);
  });

  it('stores a priority given as a drawn area, placed in its ward, and refuses a broken one by name', async () => {
    const square = (ring: number[][]) => ({
      kind: 'area' as const,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
    });
    const drawn = sampleBundle();
    const [first, ...rest] = drawn.priorities;
    const area = square([
      [-1.2612, 52.3705],
      [-1.26, 52.3705],
      [-1.26, 52.3713],
      [-1.2612, 52.3713],
      [-1.2612, 52.3705],
    ]);
    const ok = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: { ...drawn, priorities: [{ ...first!, place: area }, ...rest] },
    });
    expect(ok.json().status).toBe('accepted');
    expect(
      await t.store.db.kysely
        .selectFrom('priorities')
        .select(['place_kind', 'ward_code'])
        .where('id', '=', first!.id)
        .executeTakeFirst(),
    ).toEqual({ place_kind: 'area', ward_code: 'E05008986' });

    const broken = sampleBundle();
    const [b, ...others] = broken.priorities;
    const open = square([
      [-1.2612, 52.3705],
      [-1.26, 52.3705],
      [-1.26, 52.3713],
      [-1.2612, 52.3713],
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: { ...broken, priorities: [{ ...b!, place: open }, ...others] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('priorities[0].place');
    expect(res.json().message).toContain('a polygon ring must end where it starts');
  });

  it('answers 409 when another device claims the meeting id', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.bundles,
      headers: asStaff('pcso'),
      payload: sampleBundle({ meeting: bundle.meeting }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('conflict');
  });

  it('shows the agenda publicly: last meeting and progress, never sensitive themes', async () => {
    const res = await t.app.inject({ url: `${MEETINGS_API.agenda('E22000321')}?ward=E05008974` });
    expect(res.statusCode).toBe(200);
    expect(res.json().previous.agreed.map((a: { rank: number }) => a.rank)).toEqual([1, 2, 3]);
    const bad = await t.app.inject({ url: `${MEETINGS_API.agenda('E22000321')}?ward=nowhere` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/^Invalid request: ward: area code must be an ONS code/);
  });

  it('keeps records and responses behind staff sign-in, scoped to the CSP', async () => {
    expect((await t.app.inject({ url: MEETINGS_API.record(bundle.meeting.id) })).statusCode).toBe(401);
    const other = await t.app.inject({
      url: MEETINGS_API.record(bundle.meeting.id),
      headers: asStaff('elsewhere'),
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().message).toContain('E22000321');
    const analyst = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.responses(bundle.agreed[0]!.priorityId),
      headers: asStaff('analyst'),
      payload: { status: 'done', action: 'x' },
    });
    expect(analyst.statusCode).toBe(403);
    const pcso = await t.app.inject({ url: MEETINGS_API.list('E22000321'), headers: asStaff('pcso') });
    expect(pcso.statusCode).toBe(403);
  });

  it('records "you said, we did" and shows it in the record and the police.uk export', async () => {
    const id = bundle.agreed[0]!.priorityId;
    const missingReason = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.responses(id),
      headers: asStaff('officer'),
      payload: { status: 'not-possible' },
    });
    expect(missingReason.statusCode).toBe(400);
    expect(missingReason.json().message).toContain('reason: say why it is not possible');
    const ok = await t.app.inject({
      method: 'POST',
      url: MEETINGS_API.responses(id),
      headers: asStaff('officer'),
      payload: { status: 'done', action: 'Speed checks on 6 evenings; 14 drivers warned' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ priorityId: id, status: 'done', respondedBy: 'Test officer' });

    const record = await t.app.inject({
      url: MEETINGS_API.record(bundle.meeting.id),
      headers: asStaff('analyst'),
    });
    expect(record.json().agreed[0].response.status).toBe('done');

    const exported = await t.app.inject({
      url: MEETINGS_API.policeUk(bundle.meeting.id),
      headers: asStaff('officer'),
    });
    expect(exported.json()[0]).toEqual({
      issue: '<p>Speeding: Raised at the meeting #1</p>',
      'issue-date': '2026-11-20T00:00:00',
      action: '<p>Speed checks on 6 evenings; 14 drivers warned</p>',
      'action-date': expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00$/),
    });
    expect(exported.json()[1].action).toBe('<p>Action for priority 2</p>');
  });

  it('writes the meeting record as Markdown and as a Word document', async () => {
    const md = await t.app.inject({
      url: `${MEETINGS_API.record(bundle.meeting.id)}?format=md`,
      headers: asStaff('analyst'),
    });
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.body).toContain('# PACT meeting record: Benn, 2026-11-20');
    expect(md.body).toContain('- **Attendance:** 12');
    expect(md.body).toContain(
      '| 1 | Speeding: Raised at the meeting #1 | 9 | Police | Action for priority 1 | Done',
    );
    const docx = await t.app.inject({
      url: `${MEETINGS_API.record(bundle.meeting.id)}?format=docx`,
      headers: asStaff('analyst'),
    });
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!);
    expect(xml).toContain('Speeding: Raised at the meeting #1');
    expect(xml).toContain('<w:tblHeader/>'); // each section's table repeats its header row
    const bad = await t.app.inject({
      url: `${MEETINGS_API.record(bundle.meeting.id)}?format=pdf`,
      headers: asStaff('analyst'),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lets a device pull the responses on priorities it raised', async () => {
    const res = await t.app.inject({
      url: `${MEETINGS_API.pullResponses}?protocol=${PROTOCOL_VERSION}&deviceId=${bundle.deviceId}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((r: { status: string }) => r.status)).toEqual(['done']);
  });

  it('records each response in the audit log', async () => {
    const rows = await t.store.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', '=', 'respond')
      .execute();
    expect(rows).toEqual([{ action: 'respond', target_id: bundle.agreed[0]!.priorityId }]);
  });
});

// The summary's reads from the store: what counts (not withdrawn or merged), merged duplicates
// as support, which priorities may be quoted, and agreed meeting priorities with their actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import { consultationSummary } from '../../../src/server/store/summary';
import { backends, openSeededStore, type TestStore } from '../../support/backends';
import { samplePriority } from '../../support/backends-fixtures';
import { pushSummaryFixture } from '../../support/backends-summary';

const period = { from: '2026-04-01', to: '2027-03-31' };
const RUGBY = 'E22000321';

describe.each(backends())('summary store reads on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
    await pushSummaryFixture(store);
  });
  afterAll(() => store.close());

  const speedingIds = () =>
    store.db.kysely
      .selectFrom('priorities')
      .select(['id', 'description'])
      .where('theme_key', '=', 'local.speeding')
      .where('created_at', '>=', '2027-03-31')
      .orderBy('id')
      .execute();

  it('counts merged duplicates as support, not as priorities, and leaves withdrawn ones out', async () => {
    const [target, dup1, dup2, gone] = await speedingIds();
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'merged', merged_into: target!.id })
      .where('id', 'in', [dup1!.id, dup2!.id])
      .execute();
    // As moderation's merge does: each duplicate's author becomes a "me too" supporter (these
    // seeded rows share one device, so the supports are written as two residents' own).
    await store.db.kysely
      .insertInto('supports')
      .values(
        [dup1!, dup2!].map(() => ({
          id: newPriorityId(),
          priority_id: target!.id,
          device_id: newDeviceId(),
          created_at: '2027-04-01T00:00:00.000Z',
          received_at: '2027-04-01T00:00:00.000Z',
        })),
      )
      .execute();
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'withdrawn' })
      .where('id', '=', gone!.id)
      .execute();
    const result = await consultationSummary(store.db, { cspCodes: [RUGBY], period });
    if (!result.ok) throw new Error('no summary');
    const speeding = result.summary.themes.find((t) => t.themeKey === 'local.speeding')!;
    expect(result.summary.total).toBe(18);
    expect(speeding.count).toBe(7);
    // 2 supports: under 5, so suppressed, and the support total with it.
    expect(speeding.supports).toBeNull();
    expect(result.summary.supportsTotal).toBeNull();
  });

  it('quotes only published priorities that are not sensitive or flagged for personal details', async () => {
    const rows = await speedingIds();
    const ids = rows.map((r) => r.id);
    const set = (id: string, values: Record<string, unknown>) =>
      store.db.kysely.updateTable('priorities').set(values).where('id', '=', id).execute();
    await set(ids[4]!, { status: 'published', description: 'Cars race past the school every evening' });
    await set(ids[5]!, {
      status: 'published',
      sensitive: 1,
      description: 'Flagged sensitive by the officer here',
    });
    await set(ids[6]!, {
      status: 'published',
      personal_details: '["phone"]',
      description: 'Ring the man at number nine about it',
    });
    const result = await consultationSummary(store.db, { cspCodes: [RUGBY], period });
    if (!result.ok) throw new Error('no summary');
    expect(result.summary.quotes.map((q) => q.text)).toEqual(['Cars race past the school every evening']);
    expect(result.summary.quotes[0]).toMatchObject({ themeLabel: 'Speeding', month: '2027-03' });
  });

  it('counts by police neighbourhood when neighbourhood boundaries are loaded', async () => {
    const ids = (
      await store.db.kysely
        .selectFrom('priorities')
        .select('id')
        .where('ward_code', '=', 'E05008986')
        .where('status', 'not in', ['merged', 'withdrawn'])
        .execute()
    ).map((r) => r.id);
    await store.db.kysely
      .insertInto('boundary_sets')
      .values({
        level: 'neighbourhood',
        vintage: '2024',
        in_force_from: '2020-01-01',
        source: 'test',
        imported_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    await store.db.kysely
      .insertInto('area_boundaries')
      .values({
        level: 'neighbourhood',
        vintage: '2024',
        code: 'E23000017_031',
        name: 'Rugby Town Centre',
        parent_code: null,
        geometry: '{"type":"Polygon","coordinates":[[[-1.3,52.3],[-1.2,52.3],[-1.2,52.4],[-1.3,52.3]]]}',
        min_lon: -1.3,
        min_lat: 52.3,
        max_lon: -1.2,
        max_lat: 52.4,
      })
      .execute();
    await store.db.kysely
      .insertInto('priority_areas')
      .values(
        ids.map((id) => ({
          priority_id: id,
          level: 'neighbourhood' as const,
          vintage: '2024',
          area_code: 'E23000017_031',
          touches: '[]',
        })),
      )
      .execute();
    const result = await consultationSummary(store.db, { cspCodes: [RUGBY], period });
    if (!result.ok) throw new Error('no summary');
    const centre = result.summary.neighbourhoods?.find((n) => n.code === 'E23000017_031');
    expect(centre?.name).toBe('Rugby Town Centre');
    // The 2 placed outside the area are in no neighbourhood: a hidden bucket, so the one
    // neighbourhood's total is hidden with it (else 21 minus it would show the 2).
    expect(result.summary.neighbourhoods?.map((n) => [n.code, n.total])).toEqual([
      ['E23000017_031', null],
      [null, null],
    ]);
    expect(result.summary.method.find((m) => m.heading === 'Boundaries')?.text).toContain(
      'Police neighbourhoods are counted',
    );
  });

  it('reads agreed meeting priorities with the latest action reported', async () => {
    const [agreed] = await speedingIds();
    const meetingId = '01900000-0000-7000-8000-00000000aaaa';
    await store.db.kysely
      .insertInto('meetings')
      .values({
        id: meetingId,
        device_id: samplePriority().deviceId,
        csp_code: RUGBY,
        kind: 'pact',
        ward_code: 'E05008986',
        neighbourhood: null,
        meeting_date: '2026-06-10',
        venue: 'Eastlands community centre',
        chair: 'Chair',
        partners: '[]',
        attendance: 20,
        voters: 18,
        votes_per_attendee: 3,
        agreed_count: 3,
        previous_meeting_id: null,
        created_at: '2026-06-10T18:00:00.000Z',
        closed_at: '2026-06-10T20:00:00.000Z',
        received_at: '2026-06-10T20:05:00.000Z',
      })
      .execute();
    await store.db.kysely
      .insertInto('meeting_agreed')
      .values({
        meeting_id: meetingId,
        priority_id: agreed!.id,
        rank: 1,
        lead_agency: 'police',
        intended_action: 'Speed checks',
      })
      .execute();
    const agreedNow = async () => {
      const result = await consultationSummary(store.db, { cspCodes: [RUGBY], period });
      if (!result.ok) throw new Error('no summary');
      return result.summary.agreedPriorities;
    };
    // The summary is published: until moderation publishes the priority, only its theme shows.
    const entry = {
      meetingDate: '2026-06-10',
      areaName: 'Eastlands',
      action: 'Speed checks',
      actionDate: null,
    };
    expect(await agreedNow()).toEqual([{ ...entry, issue: 'Speeding in Eastlands' }]);
    const statusBefore = await store.db.kysely
      .selectFrom('priorities')
      .select('status')
      .where('id', '=', agreed!.id)
      .executeTakeFirstOrThrow();
    await store.db.kysely
      .updateTable('priorities')
      .set({ status: 'published' })
      .where('id', '=', agreed!.id)
      .execute();
    expect(await agreedNow()).toEqual([{ ...entry, issue: agreed!.description }]);
    // Marked sensitive: left out altogether.
    await store.db.kysely
      .updateTable('priorities')
      .set({ sensitive: 1 })
      .where('id', '=', agreed!.id)
      .execute();
    expect(await agreedNow()).toEqual([]);
    await store.db.kysely
      .updateTable('priorities')
      .set({ sensitive: 0, status: statusBefore.status })
      .where('id', '=', agreed!.id)
      .execute();
  });
});

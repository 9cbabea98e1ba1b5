// Puts published priorities into a running store for browser tests and benchmarks. Priorities
// go in through the real push API; publishing is set in the database directly, as moderation
// would (the contract allows this until the moderation screens land). Bulk sets for the
// 50,000-point map are written straight into SQLite in one transaction.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { newDeviceId, newPriorityId } from '../../../src/domain/ids';
import type { Priority } from '../../../src/domain/priority';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { StoreServer } from './store-server';

export function publishedPriority(overrides: Partial<Priority> = {}): Priority {
  const now = new Date().toISOString();
  return {
    id: newPriorityId(),
    cspCode: 'E22000321',
    themeKey: 'local.speeding',
    place: { kind: 'point', geometry: { type: 'Point', coordinates: [-1.2606, 52.3709] } },
    description: 'Cars race along Clifton Road',
    when: { timesOfDay: ['evening'], days: [] },
    respondentType: 'lives',
    channel: 'online',
    deviceId: newDeviceId(),
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

function writable<T>(store: StoreServer, work: (db: Database.Database) => T): T {
  const db = new Database(join(store.dataDir, 'store.sqlite'), { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** Sends priorities through the real push API, as the devices that made them would. */
export async function pushToStore(store: StoreServer, priorities: readonly Priority[]): Promise<void> {
  for (const p of priorities) {
    const res = await fetch(`${store.baseUrl}/api/v1/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        protocol: PROTOCOL_VERSION,
        deviceId: p.deviceId,
        priorities: [{ ...p, baseVersion: 0 }],
      }),
    });
    const body = await res.text();
    if (!res.ok || !body.includes('"accepted"')) throw new Error(`push failed: ${res.status} ${body}`);
  }
}

export async function seedPublished(store: StoreServer, priorities: readonly Priority[]): Promise<void> {
  await pushToStore(store, priorities);
  writable(store, (db) => {
    const publish = db.prepare("update priorities set status = 'published' where id = ?");
    for (const p of priorities) publish.run(p.id);
  });
}

/** `count` "me too" supports on a priority, each from its own device, written straight to the store. */
export function seedSupports(store: StoreServer, priorityId: string, count: number): void {
  writable(store, (db) => {
    const add = db.prepare(
      'insert into supports (id, priority_id, device_id, created_at, received_at) values (?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    for (let i = 0; i < count; i++)
      add.run(`${priorityId}-s${i}`, priorityId, `device-${priorityId}-${i}`, now, now);
  });
}

/** n published points spread over the box, written in one transaction (fast enough for 50,000). */
export function seedManyPublished(
  store: StoreServer,
  n: number,
  box: readonly [number, number, number, number] = [-1.33, 52.34, -1.2, 52.4],
): void {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  writable(store, (db) => {
    const start = Number(
      (db.prepare('select coalesce(max(change_seq), 0) as m from priorities').get() as { m: number }).m,
    );
    const insert =
      db.prepare(`insert into priorities (id, device_id, csp_code, theme_key, place_kind, lon, lat,
      description, times_of_day, days, respondent_type, channel, created_at, updated_at, version, status,
      ward_code, district_code, assigned_csp_code, outside_area, received_at, server_updated_at, change_seq, change_tx)
      values (?, ?, 'E22000321', ?, 'point', ?, ?, '', '[]', '[]', 'lives', 'online', ?, ?, 1, 'published',
      null, 'E07000220', 'E22000321', 0, ?, ?, ?, ?)`);
    const themes = ['local.speeding', 'local.parking', 'local.fly-tipping', 'asb.nuisance'];
    const at = '2026-05-01T12:00:00.000Z';
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const id = `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        const lon = box[0] + random() * (box[2] - box[0]);
        const lat = box[1] + random() * (box[3] - box[1]);
        insert.run(
          id,
          newDeviceId(),
          themes[i % themes.length],
          lon,
          lat,
          at,
          at,
          at,
          at,
          start + i + 1,
          start + i + 1,
        );
      }
    })();
  });
}

export function supportRows(store: StoreServer): { priority_id: string; device_id: string }[] {
  return store.query('select priority_id, device_id from supports order by priority_id');
}

/**
 * A "you said, we did" update on a priority, written straight to the store as an officer's
 * would be (at a chosen moment, so a test can span months), recorded under a staff name.
 */
export function seedProgress(
  store: StoreServer,
  priorityId: string,
  update: { status: string; action?: string; reason?: string; respondedAt: string },
): void {
  writable(store, (db) => {
    const next = Number(
      (
        db.prepare('select coalesce(max(change_seq), 0) + 1 as n from priority_responses').get() as {
          n: number;
        }
      ).n,
    );
    db.prepare(
      `insert into priority_responses (id, priority_id, status, action, reason, responded_by, responded_by_id,
       responded_at, change_seq, change_tx) values (?, ?, ?, ?, ?, 'PC Amy Shaw', null, ?, ?, ?)`,
    ).run(
      newPriorityId(),
      priorityId,
      update.status,
      update.action ?? '',
      update.reason ?? '',
      update.respondedAt,
      next,
      next,
    );
  });
}

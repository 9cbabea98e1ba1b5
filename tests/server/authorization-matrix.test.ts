// The authorisation matrix: every endpoint × anonymous and every role, and every CSP-scoped
// endpoint reached from an account of another CSP. A route added without an entry here fails
// the completeness check, so nothing new ships unguarded by accident.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETINGS_API, sendGrantPath } from '../../src/domain/meetings-api';
import { MODERATION_API, MODERATION_DECISIONS } from '../../src/domain/moderation';
import { can, ROLES, type Role, STAFF_API, type StaffAction } from '../../src/domain/staff';
import { SUMMARY_API } from '../../src/domain/summary-export';
import { API } from '../../src/domain/sync-protocol';
import { sampleBundle } from '../domain/meeting-fixtures';
import { backends } from '../support/backends';
import { openApp, type TestApp } from '../support/backends-app';
import { pushAll } from '../support/moderation-fixtures';
import { RUGBY, SOUTH_WARWICKSHIRE, staffSession } from '../support/staff';

type Access = 'public' | 'signed-in' | StaffAction;

interface Endpoint {
  readonly method: 'GET' | 'POST';
  /** The route as registered, to check the table covers every route. */
  readonly route: string;
  readonly access: Access;
  /** A Rugby resource (or none for endpoints not scoped to a CSP). */
  readonly url: (ids: Ids) => string;
  readonly payload?: (ids: Ids) => object;
  /** Scoped to a CSP: an account of another CSP must get 403. */
  readonly scoped?: boolean;
}

interface Ids {
  readonly priority: string;
  readonly meeting: string;
}

const range = 'from=2026-04-01&to=2027-03-31';

const ENDPOINTS: readonly Endpoint[] = [
  { method: 'GET', route: API.health, access: 'public', url: () => API.health },
  { method: 'GET', route: API.config, access: 'public', url: () => API.config },
  { method: 'GET', route: API.boundaries(':code'), access: 'public', url: () => API.boundaries(RUGBY) },
  {
    method: 'GET',
    route: API.neighbourhoods(':code'),
    access: 'public',
    url: () => API.neighbourhoods(RUGBY),
  },
  {
    method: 'GET',
    route: API.summary(':code'),
    access: 'public',
    url: () => `${API.summary(RUGBY)}?${range}`,
  },
  { method: 'POST', route: API.push, access: 'public', url: () => API.push, payload: () => ({}) },
  { method: 'GET', route: API.pull, access: 'public', url: () => API.pull },
  // A meeting runs offline on a shared device; sending it needs staff who may run meetings there.
  {
    method: 'POST',
    route: MEETINGS_API.bundles,
    access: 'run-meeting',
    url: () => MEETINGS_API.bundles,
    payload: () => sampleBundle(),
    scoped: true,
  },
  // While signed in, staff who may run meetings authorise a device to send one meeting later.
  {
    method: 'POST',
    route: sendGrantPath(':id'),
    access: 'run-meeting',
    url: () => sendGrantPath('01935f3c-8a41-7d2e-9c5b-3f0e2a1b4c6d'),
    payload: () => ({ deviceId: '01935f3c-8a41-7d2e-9c5b-3f0e2a1b4c6e', cspCode: RUGBY }),
    scoped: true,
  },
  {
    method: 'GET',
    route: MEETINGS_API.agenda(':code'),
    access: 'public',
    url: () => MEETINGS_API.agenda(RUGBY),
  },
  {
    method: 'GET',
    route: MEETINGS_API.pullResponses,
    access: 'public',
    url: () => MEETINGS_API.pullResponses,
  },
  // The public feed and "me too" supports (issue 3): anyone, by design.
  {
    method: 'GET',
    route: `${API.csps}/:code/public-priorities`,
    access: 'public',
    url: () => `${API.csps}/${RUGBY}/public-priorities`,
  },
  {
    method: 'POST',
    route: '/api/v1/sync/supports',
    access: 'public',
    url: () => '/api/v1/sync/supports',
    payload: () => ({}),
  },
  {
    method: 'POST',
    route: STAFF_API.login,
    access: 'public',
    url: () => STAFF_API.login,
    payload: () => ({}),
  },
  { method: 'GET', route: STAFF_API.me, access: 'signed-in', url: () => STAFF_API.me },
  { method: 'GET', route: STAFF_API.audit, access: 'read-audit', url: () => STAFF_API.audit },
  {
    method: 'GET',
    route: SUMMARY_API.preview,
    access: 'export',
    url: () => `${SUMMARY_API.preview}?csp=${RUGBY}&${range}`,
    scoped: true,
  },
  {
    method: 'GET',
    route: SUMMARY_API.export,
    access: 'export',
    url: () => `${SUMMARY_API.export}?csp=${RUGBY}&${range}&format=csv`,
    scoped: true,
  },
  {
    method: 'GET',
    route: MODERATION_API.queue(':code'),
    access: 'moderate',
    url: () => MODERATION_API.queue(RUGBY),
    scoped: true,
  },
  {
    method: 'GET',
    route: MODERATION_API.mergeCandidates(':id'),
    access: 'moderate',
    url: (ids) => MODERATION_API.mergeCandidates(ids.priority),
    scoped: true,
  },
  ...MODERATION_DECISIONS.map(
    (d): Endpoint => ({
      method: 'POST',
      route: MODERATION_API.decide(':id', d),
      access: 'moderate',
      url: (ids) => MODERATION_API.decide(ids.priority, d),
      // Valid bodies, so an allowed call is judged on access, not on its input.
      payload: () =>
        ({
          approve: {},
          redact: { description: 'redacted in the matrix' },
          hide: { reason: 'matrix test' },
          merge: { into: '0190f5a0-0000-7000-8000-000000000000' },
          sensitive: { sensitive: false },
        })[d],
      scoped: true,
    }),
  ),
  {
    method: 'GET',
    route: MEETINGS_API.list(':code'),
    access: 'read',
    url: () => MEETINGS_API.list(RUGBY),
    scoped: true,
  },
  {
    method: 'GET',
    route: MEETINGS_API.record(':id'),
    access: 'read',
    url: (ids) => MEETINGS_API.record(ids.meeting),
    scoped: true,
  },
  {
    method: 'GET',
    route: MEETINGS_API.policeUk(':id'),
    access: 'export',
    url: (ids) => MEETINGS_API.policeUk(ids.meeting),
    scoped: true,
  },
  {
    method: 'GET',
    route: MEETINGS_API.responses(':id'),
    access: 'read',
    url: (ids) => MEETINGS_API.responses(ids.priority),
    scoped: true,
  },
  {
    method: 'POST',
    route: MEETINGS_API.responses(':id'),
    access: 'respond',
    url: (ids) => MEETINGS_API.responses(ids.priority),
    payload: () => ({ status: 'done', action: 'Extra patrols on Friday nights' }),
    scoped: true,
  },
  // Sign-out last: it ends the session the other rows use.
  {
    method: 'POST',
    route: STAFF_API.logout,
    access: 'signed-in',
    url: () => STAFF_API.logout,
    payload: () => ({}),
  },
];

const allowed = (access: Access, role: Role | 'anonymous'): boolean =>
  access === 'public' || (role !== 'anonymous' && (access === 'signed-in' || can(role, access)));

describe.each(backends())('authorisation matrix on $name', (backend) => {
  let t: TestApp;
  let ids: Ids;
  const routes = new Set<string>();
  beforeAll(async () => {
    t = await openApp(backend, {});
    const [p] = await pushAll(t.store, [{ description: 'matrix priority in Rugby' }]);
    const bundle = sampleBundle();
    const { headers } = await staffSession(t.app, t.store.db, 'pcso', [RUGBY]);
    expect(
      (await t.app.inject({ method: 'POST', url: MEETINGS_API.bundles, headers, payload: bundle }))
        .statusCode,
    ).toBe(200);
    ids = { priority: p!.id, meeting: bundle.meeting.id };
    // printRoutes draws a tree: each level indents four characters and shows its own segment.
    const stack: string[] = [];
    for (const line of t.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const m = /^(.*?)(\/\S*) \(([A-Z, ]+)\)/.exec(line);
      if (!m) continue;
      const depth = m[1]!.length / 4 - 1;
      stack.length = depth;
      stack.push(m[2]!);
      for (const method of m[3]!.split(', ')) {
        if (method === 'GET' || method === 'POST') routes.add(`${method} ${stack.join('')}`);
      }
    }
  });
  afterAll(() => t.close());

  it('covers every API route the app registers', () => {
    const listed = new Set(ENDPOINTS.map((e) => `${e.method} ${e.route}`));
    const api = [...routes].filter((r) => r.includes('/api/') || r.endsWith('/healthz'));
    expect(api.filter((r) => !listed.has(r))).toEqual([]);
  });

  for (const who of ['anonymous', ...ROLES] as const) {
    it(`${who}: allowed where the role may, 401 or 403 everywhere else`, async () => {
      const headers =
        who === 'anonymous' ? {} : (await staffSession(t.app, t.store.db, who, [RUGBY])).headers;
      const wrong: string[] = [];
      for (const e of ENDPOINTS) {
        const res = await t.app.inject({
          method: e.method,
          url: e.url(ids),
          headers,
          payload: e.payload?.(ids),
        });
        const expectOk = allowed(e.access, who);
        const refused = res.statusCode === 401 || res.statusCode === 403;
        const expected = expectOk ? 'not 401/403' : who === 'anonymous' ? '401' : '403';
        const fine = expectOk
          ? !refused && res.statusCode < 500
          : res.statusCode === (who === 'anonymous' ? 401 : 403);
        if (!fine) wrong.push(`${e.method} ${e.route}: ${res.statusCode}, expected ${expected}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  for (const role of ROLES) {
    it(`a ${role} of another CSP cannot reach Rugby's data`, async () => {
      const { headers } = await staffSession(t.app, t.store.db, role, [SOUTH_WARWICKSHIRE]);
      const held = () =>
        t.store.db.kysely
          .selectFrom('priorities')
          .select(['status', 'description', 'sensitive', 'hidden_reason'])
          .where('id', '=', ids.priority)
          .executeTakeFirstOrThrow();
      const before = await held();
      const wrong: string[] = [];
      for (const e of ENDPOINTS.filter((x) => x.scoped)) {
        const res = await t.app.inject({
          method: e.method,
          url: e.url(ids),
          headers,
          payload: e.payload?.(ids),
        });
        if (res.statusCode !== 403) wrong.push(`${e.method} ${e.route}: ${res.statusCode}`);
        else if (can(role, e.access as StaffAction) && !res.json().message.includes(RUGBY)) {
          wrong.push(`${e.method} ${e.route}: 403 without naming ${RUGBY}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await held()).toEqual(before);
    });
  }
});

// `cli user …` in-process on both stores: passwords never from arguments or echoed, CSPs
// checked against the store, disable ends sessions, every change audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSession, openSession } from '../../src/server/auth/sessions';
import { findStaffByUsername } from '../../src/server/auth/users';
import { main } from '../../src/server/cli';
import type { CliIo } from '../../src/server/cli-io';
import { backends, openSeededStore, type TestStore } from '../support/backends';

function capture(extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), ...extra };
  return { io, out, err, all: () => out.join('') + err.join('') };
}

const PASSWORD = 'a long enough password';

describe.each(backends())('cli user on $name', (backend) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openSeededStore(backend);
  });
  afterAll(() => store.close());

  const run = (argv: string[], io: CliIo, env: Record<string, string> = {}) =>
    main(argv, { ...store.env, USER: 'ops', ...env }, io);

  it('adds an officer for two CSPs with the password from standard input', async () => {
    const c = capture({ readStdin: async () => `${PASSWORD}\n` });
    const argv = ['user', 'add', '--username', 'J.Smith', '--name', 'PC Jo Smith', '--role', 'officer'];
    const code = await run([...argv, '--csp', 'E22000321', '--csp', 'E22000359', '--password-stdin'], c.io);
    expect(code).toBe(0);
    expect(c.all()).toContain('Created officer "j.smith" for E22000321, E22000359');
    expect(c.all()).not.toContain(PASSWORD);
    const account = await findStaffByUsername(store.db, 'j.smith');
    expect(account).toMatchObject({
      displayName: 'PC Jo Smith',
      role: 'officer',
      cspCodes: ['E22000321', 'E22000359'],
    });
    expect(account?.passwordHash).not.toContain(PASSWORD);
    const entry = await store.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.add')
      .executeTakeFirstOrThrow();
    expect(entry.actor).toBe('cli:ops');
    expect(entry.target_id).toBe(account?.id);
  });

  it('asks twice on a terminal and refuses when the two differ', async () => {
    const answers = [PASSWORD, 'something else entirely'];
    const c = capture({ askSecret: async () => answers.shift()! });
    const argv = [
      'user',
      'add',
      '--username',
      'pcso1',
      '--name',
      'A',
      '--role',
      'pcso',
      '--csp',
      'E22000321',
    ];
    expect(await run(argv, c.io)).toBe(2);
    expect(c.all()).toContain('the two passwords differ');
    expect(await findStaffByUsername(store.db, 'pcso1')).toBeUndefined();
  });

  it('takes STAFF_PASSWORD, then lists and disables, ending live sessions', async () => {
    const argv = [
      'user',
      'add',
      '--username',
      'ana',
      '--name',
      'Ana Lyst',
      '--role',
      'analyst',
      '--csp',
      'E22000359',
    ];
    expect(await run(argv, capture().io, { STAFF_PASSWORD: PASSWORD })).toBe(0);
    const account = (await findStaffByUsername(store.db, 'ana'))!;
    const { token } = await openSession(store.db, account.id, 3_600_000);

    const list = capture();
    expect(await run(['user', 'list'], list.io)).toBe(0);
    const line = list.out
      .join('')
      .split('\n')
      .find((l) => l.startsWith('ana '));
    expect(line).toMatch(/^ana\s+Ana Lyst\s+analyst\s+E22000359\s+active$/);

    expect(await run(['user', 'disable', '--username', 'ana'], capture().io)).toBe(0);
    expect(await findSession(store.db, token)).toBeUndefined();
    const json = capture();
    expect(await run(['user', 'list', '--format', 'json'], json.io)).toBe(0);
    const listed = JSON.parse(json.out.join('')).find((a: { username: string }) => a.username === 'ana');
    expect(listed.disabledAt).toBeTruthy();
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|password/i);
  });

  it.each([
    [['user', 'add', '--name', 'X', '--role', 'pcso', '--csp', 'E22000321'], '--username is required'],
    [
      ['user', 'add', '--username', 'x y', '--name', 'X', '--role', 'pcso', '--csp', 'E22000321'],
      'username must be',
    ],
    [
      ['user', 'add', '--username', 'xy', '--name', 'X', '--role', 'chief', '--csp', 'E22000321'],
      'role must be one of',
    ],
    [['user', 'add', '--username', 'xy', '--name', 'X', '--role', 'pcso'], '--csp is required'],
    [
      ['user', 'add', '--username', 'xy', '--name', 'X', '--role', 'pcso', '--csp', 'Rugby'],
      '--csp: CSP code must be',
    ],
    [
      ['user', 'add', '--username', 'xy', '--name', 'X', '--role', 'pcso', '--csp', 'E22999999'],
      'E22999999 is not a CSP',
    ],
    [
      [
        'user',
        'add',
        '--username',
        'xy',
        '--name',
        'X',
        '--role',
        'pcso',
        '--csp',
        'E22000321',
        '--password',
        'p',
      ],
      "'--password'",
    ],
    [['user', 'disable', '--username', 'nobody'], 'nobody is not a staff account'],
    [['user', 'frob'], 'unknown user command'],
  ])('%j → exit 2 naming the problem', async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io, { STAFF_PASSWORD: PASSWORD })).toBe(2);
    expect(c.all()).toContain(message);
  });

  it('refuses a short password and a duplicate username', async () => {
    const short = capture();
    const argv = ['user', 'add', '--username', 'dup', '--name', 'D', '--role', 'admin', '--csp', 'E22000321'];
    expect(await run(argv, short.io, { STAFF_PASSWORD: 'short' })).toBe(2);
    expect(short.all()).toContain('at least 12 characters');
    expect(await run(argv, capture().io, { STAFF_PASSWORD: PASSWORD })).toBe(0);
    const again = capture();
    expect(await run(argv, again.io, { STAFF_PASSWORD: PASSWORD })).toBe(2);
    expect(again.all()).toContain('already exists');
  });

  it('refuses to run without any way to get a password', async () => {
    const c = capture();
    const argv = ['user', 'add', '--username', 'nopw', '--name', 'N', '--role', 'pcso', '--csp', 'E22000321'];
    expect(await run(argv, c.io)).toBe(2);
    expect(c.all()).toContain('--password-stdin');
  });
});

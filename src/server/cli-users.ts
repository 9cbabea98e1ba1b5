// `cli user …`: create, list, disable staff accounts and reset their passwords. Passwords come
// from a terminal prompt (not echoed), --password-stdin or STAFF_PASSWORD; never from an argument.
import { parseArgs } from 'node:util';
import { ROLES } from '../domain/staff';
import { NewPasswordSchema, NewStaffSchema, UsernameSchema } from '../domain/staff-schemas';
import { check } from '../domain/validation';
import { audit } from './auth/audit';
import { clearFailures } from './auth/lockout';
import {
  addStaff,
  DuplicateUsernameError,
  disableStaff,
  findStaffByUsername,
  listStaff,
  setStaffPassword,
} from './auth/users';
import { type CliIo, cliOperator, UsageError } from './cli-io';
import { databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import type { Db } from './db/tables';
import { seedDemo } from './seed/seed';

export const USER_USAGE = `  cli user add --username <name> --name <display name> --role ${ROLES.join('|')} --csp <code> [--csp <code>…] [--password-stdin]
      Creates a staff account scoped to the given CSPs. The password is asked for on the terminal,
      read from standard input with --password-stdin, or taken from STAFF_PASSWORD.
  cli user list [--format text|json]
  cli user disable --username <name>
      Disables the account and ends its sessions at once.
  cli user password --username <name> [--password-stdin]
      Sets a new password and ends the account's sessions.`;

async function withStore<T>(env: NodeJS.ProcessEnv, run: (db: Db) => Promise<T>): Promise<T> {
  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    await seedDemo(db);
    return await run(db);
  } finally {
    await db.close();
  }
}

async function readPassword(env: NodeJS.ProcessEnv, io: CliIo, fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) {
    if (!io.readStdin) throw new UsageError('--password-stdin needs standard input');
    password = (await io.readStdin()).replace(/\r?\n$/, '');
  } else if (env.STAFF_PASSWORD) {
    password = env.STAFF_PASSWORD;
  } else if (io.askSecret) {
    password = await io.askSecret('Password: ');
    if ((await io.askSecret('Repeat the password: ')) !== password) {
      throw new UsageError('the two passwords differ');
    }
  } else {
    throw new UsageError('no terminal to ask for a password: use --password-stdin or set STAFF_PASSWORD');
  }
  const checked = check(NewPasswordSchema, password);
  if (!checked.ok) throw new UsageError(checked.issues[0]!.message);
  return checked.value;
}

function checkUsername(value: string | undefined): string {
  if (!value) throw new UsageError('--username is required');
  const checked = check(UsernameSchema, value);
  if (!checked.ok) throw new UsageError(`--${checked.issues[0]!.message}`);
  return checked.value;
}

async function add(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      csp: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const username = checkUsername(values.username);
  if (!values.name) throw new UsageError('--name is required (the name colleagues will see)');
  if (!values.role) throw new UsageError(`--role is required (${ROLES.join(', ')})`);
  if (!values.csp?.length) throw new UsageError('--csp is required (a CSP code such as E22000321)');
  const input = check(NewStaffSchema, {
    username,
    displayName: values.name,
    role: values.role,
    cspCodes: values.csp,
  });
  if (!input.ok) {
    const issue = input.issues[0]!;
    const flag = issue.path.startsWith('cspCodes')
      ? 'csp'
      : issue.path === 'displayName'
        ? 'name'
        : issue.path;
    throw new UsageError(`--${flag}: ${issue.message}`);
  }
  const password = await readPassword(env, io, values['password-stdin'] ?? false);
  return withStore(env, async (db) => {
    const known = await db.kysely
      .selectFrom('area_units')
      .select('code')
      .where('level', '=', 'csp')
      .where('code', 'in', input.value.cspCodes)
      .execute();
    const missing = input.value.cspCodes.filter((c) => !known.some((k) => k.code === c));
    if (missing.length)
      throw new UsageError(`--csp ${missing.join(', ')} is not a CSP in this consultation store`);
    try {
      const account = await addStaff(db, input.value, password);
      await audit(db, cliOperator(env), 'user.add', {
        targetId: account.id,
        username: account.username,
        role: account.role,
        cspCodes: account.cspCodes,
      });
      io.err(`Created ${account.role} "${account.username}" for ${account.cspCodes.join(', ')}\n`);
      return 0;
    } catch (error) {
      if (error instanceof DuplicateUsernameError) throw new UsageError(error.message);
      throw error;
    }
  });
}

async function list(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' } },
    strict: true,
    allowPositionals: false,
  });
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, got "${values.format}"`);
  }
  const accounts = await withStore(env, listStaff);
  if (values.format === 'json') {
    io.out(`${JSON.stringify(accounts, null, 2)}\n`);
    return 0;
  }
  const rows = [
    ['USERNAME', 'NAME', 'ROLE', 'CSPS', 'STATUS'],
    ...accounts.map((a) => [
      a.username,
      a.displayName,
      a.role,
      a.cspCodes.join(','),
      a.disabledAt ? `disabled ${a.disabledAt.slice(0, 10)}` : 'active',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const row of rows)
    io.out(
      `${row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd()}\n`,
    );
  return 0;
}

async function disable(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const username = checkUsername(values.username);
  return withStore(env, async (db) => {
    const account = await disableStaff(db, username);
    if (!account) throw new UsageError(`--username ${username} is not a staff account`);
    await audit(db, cliOperator(env), 'user.disable', { targetId: account.id, username });
    io.err(`Disabled "${username}" and ended their sessions\n`);
    return 0;
  });
}

async function password(args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const username = checkUsername(values.username);
  const secret = await readPassword(env, io, values['password-stdin'] ?? false);
  return withStore(env, async (db) => {
    if (!(await setStaffPassword(db, username, secret))) {
      throw new UsageError(`--username ${username} is not a staff account`);
    }
    // A new password also lifts a sign-in lockout on the username.
    await clearFailures(db, username);
    const account = await findStaffByUsername(db, username);
    await audit(db, cliOperator(env), 'user.password', { targetId: account?.id, username });
    io.err(`Set a new password for "${username}" and ended their sessions\n`);
    return 0;
  });
}

export async function userCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'add') return add(rest, env, io);
  if (sub === 'list') return list(rest, env, io);
  if (sub === 'disable') return disable(rest, env, io);
  if (sub === 'password') return password(rest, env, io);
  throw new UsageError(
    sub ? `unknown user command "${sub}"` : 'user needs a command: add, list, disable or password',
  );
}

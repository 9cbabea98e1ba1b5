// Command line for CSP officers and operators: export the consultation summary, run migrations.
// Uses the same DATA_DIR / DATABASE_URL as the server.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CspCodeSchema } from '../domain/priority';
import { check } from '../domain/validation';
import { summaryToCsv } from '../reports/csv';
import { type CliIo, processIo, UsageError } from './cli-io';
import { USER_USAGE, userCommand } from './cli-users';
import { ConfigError, databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import { seedDemo } from './seed/seed';
import { consultationSummary } from './store/summary';
import { checkSummaryRange } from './summary-range';

export const USAGE = `Usage:
  cli export --csp <code> --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--format csv|json] [--out <file>]
      Writes the consultation summary for a CSP and period (to stdout without --out).
  cli migrate
      Brings the store's schema up to date.
${USER_USAGE}
Environment: DATA_DIR (default ./data) or DATABASE_URL (postgres://…).`;

export type { CliIo };

/** Runs the CLI; resolves to the exit code. */
export async function main(
  argv: readonly string[],
  env = process.env,
  io: CliIo = processIo,
): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'export') return await exportSummary(rest, env, io);
    if (command === 'migrate') return await runMigrate(rest, env, io);
    if (command === 'user') return await userCommand(rest, env, io);
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
      io.err(`Error: ${(error as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('ERR_PARSE_ARGS');
}

async function exportSummary(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      csp: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.csp) throw new UsageError('--csp is required (a CSP code such as E22000321)');
  if (!check(CspCodeSchema, values.csp).ok) {
    throw new UsageError(`--csp must be an ONS CSP code such as E22000321, got "${values.csp}"`);
  }
  const range = checkSummaryRange(values.from, values.to);
  if (!range.ok) throw new UsageError(range.issues.map((i) => `--${i.message}`).join('; '));
  if (values.format !== 'csv' && values.format !== 'json') {
    throw new UsageError(`--format must be csv or json, got "${values.format}"`);
  }

  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    await seedDemo(db);
    const summary = await consultationSummary(db, { cspCode: values.csp, from: range.from, to: range.to });
    if (!summary) throw new UsageError(`--csp ${values.csp} is not a CSP in this consultation store`);
    const text = values.format === 'csv' ? summaryToCsv(summary) : `${JSON.stringify(summary, null, 2)}\n`;
    if (values.out) {
      writeFileSync(values.out, text, 'utf8');
      io.err(`Wrote ${summary.total} priorities in ${summary.themes.length} themes to ${values.out}\n`);
    } else io.out(text);
    return 0;
  } finally {
    await db.close();
  }
}

async function runMigrate(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: false });
  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    const applied = await migrate(db);
    io.err(applied.length > 0 ? `Applied ${applied.join(', ')}\n` : 'Schema is up to date\n');
    return 0;
  } finally {
    await db.close();
  }
}

// Run when executed directly, not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

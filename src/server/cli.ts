// Command line for CSP officers and operators: export the consultation summary and meeting
// records, run migrations, manage accounts, areas and CSPs.
// Uses the same DATA_DIR / DATABASE_URL as the server.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AREAS_USAGE, AreasUsageError, areasCommand } from './cli-areas';
import { CSP_USAGE, CspUsageError, cspCommand } from './cli-csp';
import { EXPORT_USAGE, exportCommand } from './cli-export';
import { IMPORT_USAGE, prioritiesCommand } from './cli-import';
import { type CliIo, processIo, UsageError } from './cli-io';
import { MEETING_USAGE, meetingCommand } from './cli-meetings';
import { USER_USAGE, userCommand } from './cli-users';
import { ConfigError, databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';

export const USAGE = `Usage:
${EXPORT_USAGE}
${IMPORT_USAGE}
  cli migrate
      Brings the store's schema up to date.
${USER_USAGE}
${AREAS_USAGE}
${CSP_USAGE}
${MEETING_USAGE}
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
    if (command === 'export') return await exportCommand(rest, env, io);
    if (command === 'migrate') return await runMigrate(rest, env, io);
    if (command === 'user') return await userCommand(rest, env, io);
    if (command === 'areas') return await areasCommand(rest, env, io);
    if (command === 'csp') return await cspCommand(rest, env, io);
    if (command === 'priorities') return await prioritiesCommand(rest, env, io);
    if (command === 'meeting') return await meetingCommand(rest, env, io);
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    const usage = [UsageError, ConfigError, AreasUsageError, CspUsageError].some((t) => error instanceof t);
    if (usage || isParseArgsError(error)) {
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

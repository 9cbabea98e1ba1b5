// `cli priorities import FILE.csv`: survey / paper responses and past spreadsheets into the store.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { type CliIo, UsageError } from './cli-io';
import { databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import { describeReport, ImportFileError, importPrioritiesCsv } from './import/import-csv';
import { type Field, type MappingFile, parseMappingFile } from './import/mapping';
import { seedDemo } from './seed/seed';
import { checkCspList } from './summary-range';

export const IMPORT_USAGE = `  cli priorities import <file.csv> --csp <code> [--mapping <mapping.json>] [--source <name>] [--dry-run]
             [--id-column C] [--date-column C] [--theme-column C] [--category-column C] [--lat-column C]
             [--lon-column C] [--area-column C] [--description-column C] [--channel-column C] [--respondent-column C]
      Loads survey or paper responses and past consultation spreadsheets as priorities for a CSP.
      Columns are found by the flags, the mapping file's "columns", or common names (id, date,
      category, latitude, longitude, ward code, description, channel, respondent type). Free
      categories map to themes with the mapping file's "categories". Importing the same file again
      adds nothing (rows are keyed by source name and id). Prints rows imported, skipped and why.`;

const COLUMN_FLAGS: Record<Field, string> = {
  id: 'id-column',
  date: 'date-column',
  theme: 'theme-column',
  category: 'category-column',
  lat: 'lat-column',
  lon: 'lon-column',
  area: 'area-column',
  description: 'description-column',
  channel: 'channel-column',
  respondent: 'respondent-column',
};

export async function prioritiesCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import')
    throw new UsageError(`unknown priorities command "${sub ?? ''}" (try: priorities import FILE.csv)`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      csp: { type: 'string' },
      mapping: { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      ...Object.fromEntries(Object.values(COLUMN_FLAGS).map((f) => [f, { type: 'string' as const }])),
    },
    strict: true,
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('priorities import needs a CSV file');
  if (extra.length > 0) throw new UsageError(`one file at a time, got also ${extra.join(', ')}`);
  const csps = checkCspList(values.csp, '--csp');
  if (!csps.ok) throw new UsageError(csps.issues[0]!.message);
  if (csps.codes.length !== 1) throw new UsageError('--csp takes one CSP code for an import');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let mapping: MappingFile = { columns: {}, categories: {}, channels: {}, respondentTypes: {}, defaults: {} };
  if (values.mapping) {
    let mappingText: string;
    try {
      mappingText = readFileSync(values.mapping, 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read --mapping ${values.mapping}: ${(e as NodeJS.ErrnoException).code ?? ''}`,
      );
    }
    const parsed = parseMappingFile(mappingText, values.mapping);
    if (!parsed.ok) throw new UsageError(parsed.message);
    mapping = parsed.mapping;
  }
  const columns: Partial<Record<Field, string>> = {};
  const v = values as Record<string, unknown>;
  for (const [field, flag] of Object.entries(COLUMN_FLAGS) as [Field, string][])
    if (typeof v[flag] === 'string') columns[field] = v[flag] as string;

  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    await seedDemo(db);
    const report = await importPrioritiesCsv(db, {
      text,
      sourceName: values.source ?? basename(file),
      cspCode: csps.codes[0]!,
      mapping,
      columns,
      dryRun: values['dry-run'],
    });
    io.out(describeReport(report, values['dry-run']));
    return 0;
  } catch (e) {
    if (e instanceof ImportFileError) throw new UsageError(e.message);
    throw e;
  } finally {
    await db.close();
  }
}

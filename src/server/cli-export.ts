// `cli export`: the consultation summary for one CSP or a county strategy group, in any
// export format, written to a file (or stdout for the text formats).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CliIo, UsageError } from './cli-io';
import { databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import { loadExportExtras } from './export/extras';
import { buildExport, EXPORT_FORMATS, exportFileName, isExportFormat } from './export/formats';
import { loadPopulationFiles, seedPopulation } from './population';
import { seedDemo } from './seed/seed';
import { consultationSummary } from './store/summary';
import { checkSummaryRequest } from './summary-range';

export const EXPORT_USAGE = `  cli export --csp <code>[,<code>…] --from <YYYY-MM-DD> --to <YYYY-MM-DD>
             [--compare-from <YYYY-MM-DD> --compare-to <YYYY-MM-DD>]
             [--format ${EXPORT_FORMATS.join('|')}] [--population <file.csv>]… [--out <file>]
      Writes the consultation summary (default format csv). Without --out, text formats go to stdout.
      The comparison period defaults to the same number of days just before --from.
      --population: ONS-style population CSVs (ward by age band, ward totals, district by sex);
      default: the bundled Warwickshire figures.`;

export async function exportCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      csp: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'compare-from': { type: 'string' },
      'compare-to': { type: 'string' },
      format: { type: 'string', default: 'csv' },
      population: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const checked = checkSummaryRequest(
    {
      csp: values.csp,
      from: values.from,
      to: values.to,
      compareFrom: values['compare-from'],
      compareTo: values['compare-to'],
    },
    { csp: '--csp', from: '--from', to: '--to', compareFrom: '--compare-from', compareTo: '--compare-to' },
  );
  if (!checked.ok) throw new UsageError(checked.issues.map((i) => i.message).join('; '));
  if (!isExportFormat(values.format))
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${values.format}"`);
  const format = values.format;
  const population = values.population?.length ? loadPopulationFiles(values.population) : seedPopulation();

  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    await seedDemo(db);
    const result = await consultationSummary(db, checked.value, { population });
    if (!result.ok)
      throw new UsageError(`--csp ${result.unknown.join(', ')}: not a CSP in this consultation store`);
    const file = await buildExport(
      format,
      result.summary,
      await loadExportExtras(db, checked.value.cspCodes, checked.value.period),
    );
    if (values.out) {
      writeFileSync(values.out, file.body);
      const total = result.summary.total === null ? 'fewer than 5' : String(result.summary.total);
      io.err(
        `Wrote ${total} priorities in ${result.summary.themes.length} themes to ${values.out} (${format})\n`,
      );
    } else if (typeof file.body === 'string') io.out(file.body);
    else
      throw new UsageError(
        `--format ${format} is a binary file: give --out (e.g. --out ${exportFileName(result.summary, file)})`,
      );
    return 0;
  } finally {
    await db.close();
  }
}

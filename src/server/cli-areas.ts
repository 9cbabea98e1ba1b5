// `cli areas import|list`: load boundary files of any layout and vintage, and show what is held.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { CrsError } from './boundaries/crs';
import { updateExtents } from './boundaries/csp-setup';
import { BoundaryFileError, parseBoundaryFile } from './boundaries/parse-file';
import { storeBoundarySet } from './boundaries/store-set';
import type { CliIo } from './cli';
import { databaseOptions, loadConfig } from './config';
import { createDatabase } from './db/database';
import { migrate } from './db/migrate';
import type { BoundaryLevel, Db } from './db/tables';
import { loadAreaIndex } from './geo/load-area-index';
import { listBoundarySets } from './store/area-catalogue';
import { reassignVintage } from './store/reassign';

export const AREAS_USAGE = `  cli areas import <file> --level ward|district|neighbourhood|csp [--vintage YYYY]
        [--in-force-from YYYY-MM-DD] [--code-prop P --name-prop P] [--code C --name N] [--replace]
      Imports a boundary file (GeoJSON in WGS84 or British National Grid, or a police.uk
      neighbourhood boundary with --code and --name) into the vintage (adding or updating areas
      by code; --replace drops the vintage's other areas) and re-assigns priorities to it.
  cli areas list
      The boundary sets held, which is in force today, and the CSPs and groups set up.`;

const LEVELS: readonly BoundaryLevel[] = ['ward', 'district', 'neighbourhood', 'csp'];

/** A mistake in how the command was called: exit code 2. */
export class AreasUsageError extends Error {}

export async function areasCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importAreas(rest, env, io);
  if (sub === 'list') return listAreas(rest, env, io);
  throw new AreasUsageError(`unknown areas command "${sub ?? ''}" (import or list)`);
}

async function importAreas(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      level: { type: 'string' },
      vintage: { type: 'string' },
      'in-force-from': { type: 'string' },
      'code-prop': { type: 'string' },
      'name-prop': { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      replace: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new AreasUsageError('give exactly one boundary file to import');
  const level = values.level as BoundaryLevel;
  if (!LEVELS.includes(level)) {
    throw new AreasUsageError(`--level must be one of ${LEVELS.join(', ')}, got "${values.level ?? ''}"`);
  }
  if (values.vintage !== undefined && !/^\d{4}$/.test(values.vintage)) {
    throw new AreasUsageError(`--vintage must be a year such as 2024, got "${values.vintage}"`);
  }
  const inForce = values['in-force-from'];
  if (inForce !== undefined && !isDate(inForce)) {
    throw new AreasUsageError(`--in-force-from must be a date YYYY-MM-DD, got "${inForce}"`);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`Error: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  let parsed: ReturnType<typeof parseBoundaryFile>;
  try {
    parsed = parseBoundaryFile(text, {
      level,
      codeProp: values['code-prop'],
      nameProp: values['name-prop'],
      code: values.code,
      name: values.name,
      progress: (done, total) => {
        if (total >= 1000) io.err(`  read ${done} of ${total} features\n`);
      },
    });
  } catch (error) {
    if (error instanceof BoundaryFileError || error instanceof CrsError || error instanceof Error) {
      io.err(`Error: ${basename(file)}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const vintage = values.vintage ?? parsed.properties?.vintage;
  if (!vintage) {
    io.err(`Error: cannot tell the vintage from ${basename(file)}'s properties: pass --vintage YYYY\n`);
    return 2;
  }
  for (const s of parsed.skipped) {
    io.err(`  skipped feature ${s.feature}${s.code ? ` (${s.code})` : ''}: ${s.reason}\n`);
  }
  if (parsed.areas.length === 0) {
    io.err(
      `Error: nothing to import from ${basename(file)}: all ${parsed.skipped.length} features were skipped\n`,
    );
    return 1;
  }

  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    const stored = await storeBoundarySet(db, {
      level,
      vintage,
      inForceFrom: inForce ?? `${vintage}-01-01`,
      source: basename(file),
      areas: parsed.areas,
      replace: values.replace,
    });
    for (const s of stored.skipped) io.err(`  skipped ${s.code}: ${s.reason}\n`);
    if (level !== 'neighbourhood') await updateExtents(db);
    const reassigned = await reassign(db, vintage, io);
    io.out(summary(file, level, vintage, inForce ?? `${vintage}-01-01`, parsed, stored, reassigned));
    return 0;
  } finally {
    await db.close();
  }
}

async function reassign(db: Db, vintage: string, io: CliIo): Promise<number> {
  const index = await loadAreaIndex(db);
  return reassignVintage(db, index, vintage, (done) => {
    if (done % 5000 === 0) io.err(`  re-assigned ${done} priorities\n`);
  });
}

function summary(
  file: string,
  level: BoundaryLevel,
  vintage: string,
  inForceFrom: string,
  parsed: ReturnType<typeof parseBoundaryFile>,
  stored: Awaited<ReturnType<typeof storeBoundarySet>>,
  reassigned: number,
): string {
  const skipped = parsed.skipped.length + stored.skipped.length;
  const lines = [
    `Imported ${stored.stored} ${level} boundaries, vintage ${vintage} (in force from ${inForceFrom}), from ${basename(file)}${stored.replaced > 0 ? ` (${stored.replaced} held ones replaced)` : ''}.`,
    `  format: ${parsed.format}; coordinates: ${parsed.crs.kind === 'bng' ? 'British National Grid, converted to WGS84' : 'WGS84'} (${parsed.crs.reason})`,
  ];
  if (parsed.properties) {
    lines.push(
      `  code from ${parsed.properties.code}, name from ${parsed.properties.name}${parsed.properties.nameCy ? `, Welsh name from ${parsed.properties.nameCy}` : ''}${parsed.properties.parent ? `, district from ${parsed.properties.parent}` : ''}`,
    );
  }
  if (parsed.merged.length > 0) lines.push(`  joined features sharing a code: ${parsed.merged.join(', ')}`);
  lines.push(`  skipped ${skipped}${skipped > 0 ? ' (reasons above)' : ''}`);
  if (stored.withoutDistrict.length > 0) {
    lines.push(
      `  ${stored.withoutDistrict.length} wards have no district (no district column; import district boundaries first to place them)`,
    );
  }
  lines.push(`Re-assigned ${reassigned} priorities to the ${vintage} ${level} boundaries.`);
  return `${lines.join('\n')}\n`;
}

async function listAreas(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: false });
  const db = createDatabase(databaseOptions(loadConfig(env)));
  try {
    await migrate(db);
    io.out(await listBoundarySets(db));
    return 0;
  } finally {
    await db.close();
  }
}

function isDate(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  );
}

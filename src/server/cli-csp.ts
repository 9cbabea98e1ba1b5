// `cli csp add|group|set`: set up any CSP in England and Wales from the ONS lookup, county
// strategy groups of several CSPs for roll-ups, and a CSP's settings.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MONTH_NAMES, parseAssessmentMonth } from '../domain/assessment-due';
import { LookupError, readCspLookup } from './boundaries/csp-lookup';
import { addCsp, addCspGroup, type CspSetup } from './boundaries/csp-setup';
import type { CliIo } from './cli';
import { withStore } from './cli-store';
import type { Db } from './db/tables';
import { loadAreaIndex } from './geo/load-area-index';
import { parseCsvRecords } from './seed/csv';
import { findCsp } from './store/areas';
import { setAssessmentMonth } from './store/csp-settings';
import { reassignVintage } from './store/reassign';

export const CSP_USAGE = `  cli csp add <code or name> [--wards <ward-to-csp.csv>] [--lookup <file>]
      Sets up a CSP from the ONS LAD→CSP lookup. Wards of a district split between CSPs go to
      the CSP named for them in --wards (columns WDyyCD, CSPyyCD), else to the imported CSP
      boundary they overlap most (import CSP boundaries first).
  cli csp group <code> --name <name> <csp> [<csp>…]   |   cli csp group --force <PFAyyCD>
      A county strategy group rolling up several CSPs (with --force: every CSP of that police
      force area in the lookup, set up as needed).
  cli csp set <code> --assessment-month <month | none>
      The month the CSP writes its strategic assessment (1 to 12 or its name, e.g. October);
      residents are told it as "next autumn". none: not known, and residents are told so.`;

export class CspUsageError extends Error {}

export async function cspCommand(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return withStore(env, (db) => add(db, rest, io));
  if (sub === 'group') return withStore(env, (db) => group(db, rest, io));
  if (sub === 'set') return withStore(env, (db) => set(db, rest, io));
  throw new CspUsageError(`unknown csp command "${sub ?? ''}" (add, group or set)`);
}

function lookupFrom(file: string | undefined) {
  try {
    return readCspLookup(file);
  } catch (error) {
    throw new CspUsageError(`cannot read the lookup ${file ?? ''}: ${(error as Error).message}`);
  }
}

async function add(db: Db, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { wards: { type: 'string' }, lookup: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const target = positionals.join(' ').trim();
  if (!target) throw new CspUsageError('give the CSP code (e.g. E22000359) or name to add');
  const lookup = lookupFrom(values.lookup);
  const wardCsps = values.wards ? readWardCsps(values.wards) : undefined;
  let setup: CspSetup;
  try {
    setup = await addCsp(db, lookup, target, wardCsps);
  } catch (error) {
    if (error instanceof LookupError) {
      io.err(`Error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  await reassignAll(db);
  io.out(setupReport(setup));
  return 0;
}

function setupReport(s: CspSetup): string {
  const lines = [
    `Set up CSP ${s.code} ${s.name}: ${s.districts.map((d) => `${d.name} (${d.code})`).join(', ')}.`,
  ];
  for (const d of s.split) {
    const how =
      d.mappedBy === 'none'
        ? `its wards' CSP is not known yet: import CSP boundaries (cli areas import FILE --level csp) and rerun, or pass --wards FILE; until then priorities there count for the CSP the device chose`
        : `${d.wardsMapped} wards mapped by ${d.mappedBy === 'file' ? 'the ward list' : 'overlap with CSP boundaries'}${d.wardsUnmapped > 0 ? `, ${d.wardsUnmapped} not mapped` : ''}`;
    lines.push(
      `  ${d.name} (${d.code}) is split between ${d.csps.length} CSPs (${d.csps.join(', ')}): ${how}.`,
    );
  }
  if (!s.hasExtent) lines.push('  No boundaries held for it yet: import its wards so devices can map it.');
  return `${lines.join('\n')}\n`;
}

async function group(db: Db, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { name: { type: 'string' }, force: { type: 'string' }, lookup: { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const lookup = lookupFrom(values.lookup);
  let code: string;
  let name: string;
  let members: string[];
  if (values.force) {
    const rows = lookup.rows.filter((r) => r.forceCode === values.force);
    if (rows.length === 0) throw new CspUsageError(`no police force area ${values.force} in the lookup`);
    code = values.force;
    name = values.name ?? `${rows[0]?.forceName ?? values.force} CSPs`;
    members = [...new Set(rows.map((r) => r.cspCode))];
  } else {
    const [groupCode, ...csps] = positionals;
    if (!groupCode || csps.length < 2 || !values.name) {
      throw new CspUsageError('csp group needs a code, --name and at least two CSP codes (or --force PFA)');
    }
    code = groupCode;
    name = values.name;
    members = csps;
  }
  const held = await db.kysely.selectFrom('area_units').select('code').where('level', '=', 'csp').execute();
  const heldCodes = new Set(held.map((h) => h.code));
  for (const csp of members.filter((m) => !heldCodes.has(m))) {
    try {
      const s = await addCsp(db, lookup, csp);
      io.err(`  set up ${s.code} ${s.name}\n`);
    } catch (error) {
      if (error instanceof LookupError) throw new CspUsageError(`group member ${csp}: ${error.message}`);
      throw error;
    }
  }
  await addCspGroup(db, code, name, members);
  await reassignAll(db);
  io.out(`CSP group ${code} ${name}: ${members.join(', ')}.\n`);
  return 0;
}

async function set(db: Db, args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { 'assessment-month': { type: 'string' } },
    strict: true,
    allowPositionals: true,
  });
  const [code, ...extra] = positionals;
  if (!code || extra.length > 0) throw new CspUsageError('csp set takes one CSP code (e.g. E22000359)');
  const given = values['assessment-month'];
  if (given === undefined) throw new CspUsageError('csp set needs --assessment-month <month | none>');
  const month = given.trim().toLowerCase() === 'none' ? null : parseAssessmentMonth(given);
  if (month === undefined) {
    throw new CspUsageError(
      `--assessment-month must be 1 to 12, a month's name (e.g. October) or none, not "${given}"`,
    );
  }
  const csp = await findCsp(db, code);
  if (!csp) {
    io.err(`Error: no CSP with code ${code} in this consultation store (set it up with cli csp add)\n`);
    return 1;
  }
  await setAssessmentMonth(db.kysely, csp.code, month);
  io.out(
    month === null
      ? `${csp.name} (${csp.code}): no assessment month; residents are told it is not known yet.\n`
      : `${csp.name} (${csp.code}) writes its strategic assessment in ${MONTH_NAMES[month - 1]}.\n`,
  );
  return 0;
}

/** CSP membership changed: every ward vintage's CSP answers may have too. */
async function reassignAll(db: Db): Promise<void> {
  const index = await loadAreaIndex(db);
  for (const vintage of new Set(index.sets.map((s) => s.vintage))) await reassignVintage(db, index, vintage);
}

/** A ward → CSP list: columns like WD24CD and CSP24CD (or ward_code, csp_code). */
function readWardCsps(file: string): Map<string, string> {
  let records: Record<string, string>[];
  try {
    records = parseCsvRecords(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CspUsageError(`cannot read --wards ${file}: ${(error as Error).message}`);
  }
  const keys = Object.keys(records[0] ?? {});
  const ward = keys.find((k) => /^(?:wd\d{2}cd|ward\d{2}_?code|ward_?code)$/i.test(k));
  const csp = keys.find((k) => /^(?:csp\d{2}cd|csp\d{2}_?code|csp_?code)$/i.test(k));
  if (!ward || !csp)
    throw new CspUsageError(
      `--wards ${file} needs a ward code and a CSP code column; it has ${keys.join(', ')}`,
    );
  return new Map(
    records.map((r) => [r[ward] ?? '', r[csp] ?? '']).filter(([w, c]) => w && c) as [string, string][],
  );
}

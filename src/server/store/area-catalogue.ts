// What `areas list` prints: boundary sets by level and vintage (marking the one in force
// today), then the CSPs and CSP groups set up.
import type { Db } from '../db/tables';
import { boundarySets, today, vintageOn } from './vintages';

export async function listBoundarySets(db: Db): Promise<string> {
  const sets = await boundarySets(db);
  const counts = await db.kysely
    .selectFrom('area_boundaries')
    .select((eb) => ['level', 'vintage', eb.fn.countAll<number>().as('n')])
    .groupBy(['level', 'vintage'])
    .execute();
  const sources = await db.kysely
    .selectFrom('boundary_sets')
    .select(['level', 'vintage', 'source'])
    .execute();
  const lines = ['Boundary sets (* = in force today):'];
  if (sets.length === 0) lines.push('  none: import one with `cli areas import FILE --level ward`');
  const sorted = [...sets].sort(
    (a, b) => a.level.localeCompare(b.level) || a.inForceFrom.localeCompare(b.inForceFrom),
  );
  for (const s of sorted) {
    const n = Number(counts.find((c) => c.level === s.level && c.vintage === s.vintage)?.n ?? 0);
    const mark = vintageOn(sets, s.level, today()) === s.vintage ? '*' : ' ';
    const source = sources.find((x) => x.level === s.level && x.vintage === s.vintage)?.source ?? '';
    lines.push(
      `${mark} ${s.level.padEnd(13)} ${s.vintage}  from ${s.inForceFrom}  ${String(n).padStart(6)} areas  ${source}`,
    );
  }
  const units = await db.kysely
    .selectFrom('area_units')
    .select(['code', 'name', 'level'])
    .where('level', 'in', ['csp', 'csp-group'])
    .orderBy('level')
    .orderBy('name')
    .execute();
  const members = await db.kysely
    .selectFrom('csp_group_members')
    .select(['group_code', 'csp_code'])
    .execute();
  lines.push('', 'CSPs and CSP groups:');
  if (units.length === 0) lines.push('  none: set one up with `cli csp add CODE`');
  for (const u of units) {
    const of = members.filter((m) => m.group_code === u.code).map((m) => m.csp_code);
    lines.push(
      `  ${u.code}  ${u.level === 'csp' ? 'CSP  ' : 'group'}  ${u.name}${of.length > 0 ? ` (${of.join(', ')})` : ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

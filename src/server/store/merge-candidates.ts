// What a duplicate could be merged into: priorities of the same CSP in any status a merge may
// target (new or published), the same theme first, then nearest, optionally narrowed by words.
// The database orders a generous first cut (pins by distance); the exact distances, drawn areas'
// centres included, are worked out here.
import { type SqlBool, sql } from 'kysely';
import { MERGE_INTO, type MergeCandidate } from '../../domain/moderation';
import type { StaffPrincipal } from '../../domain/staff';
import { HttpProblem } from '../auth/guard';
import type { Db } from '../db/tables';
import { ownerCsp } from './moderation-queue';

const FIRST_CUT = 200;
const MAX_WORDS = 8;

type Position = readonly [number, number];

/** The pin, or the centre of a drawn area's corners. */
function centreOf(row: { lon: number | null; lat: number | null; geometry: string | null }): Position | null {
  if (row.lon !== null && row.lat !== null) return [row.lon, row.lat];
  if (!row.geometry) return null;
  const ring = (JSON.parse(row.geometry) as { coordinates?: Position[][] }).coordinates?.[0];
  if (!ring || ring.length === 0) return null;
  const corners = ring.slice(0, -1).length > 0 ? ring.slice(0, -1) : ring;
  const sum = corners.reduce<[number, number]>((s, [x, y]) => [s[0] + x, s[1] + y], [0, 0]);
  return [sum[0] / corners.length, sum[1] / corners.length];
}

/** Great-circle metres (haversine): ample at a CSP's scale. */
function metres(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
}

const likePattern = (word: string) => `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function mergeCandidates(
  db: Db,
  staff: StaffPrincipal,
  id: string,
  query: { readonly q: string; readonly limit: number },
): Promise<MergeCandidate[]> {
  const item = await db.kysely
    .selectFrom('priorities')
    .select(['id', 'csp_code', 'assigned_csp_code', 'theme_key', 'ward_code', 'lon', 'lat', 'geometry'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!item) throw new HttpProblem(404, 'not_found', `No priority with id ${id}`);
  const csp = ownerCsp(item);
  if (!staff.cspCodes.includes(csp)) {
    throw new HttpProblem(
      403,
      'forbidden',
      `Your account does not cover CSP ${csp}, where this priority is.`,
    );
  }
  const here = centreOf(item);
  const words = query.q.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  // Degrees of longitude shrink with latitude: scale them so the first cut orders by distance.
  const k = here ? Math.cos((here[1] * Math.PI) / 180) ** 2 : 1;

  let q = db.kysely
    .selectFrom('priorities as p')
    .leftJoin('area_units as w', 'w.code', 'p.ward_code')
    .select([
      'p.id',
      'p.theme_key',
      'p.description',
      'p.status',
      'p.received_at',
      'p.lon',
      'p.lat',
      'p.geometry',
      'p.ward_code',
      'w.name as ward_name',
    ])
    .where('p.id', '!=', id)
    .where('p.status', 'in', [...MERGE_INTO])
    .where((eb) =>
      eb.or([
        eb('p.assigned_csp_code', '=', csp),
        eb.and([eb('p.assigned_csp_code', 'is', null), eb('p.csp_code', '=', csp)]),
      ]),
    );
  for (const word of words) {
    const pattern = likePattern(word);
    q = q.where(
      sql<SqlBool>`(lower(p.description) like ${pattern} escape '\\' or lower(coalesce(p.landmark, '')) like ${pattern} escape '\\')`,
    );
  }
  q = q.orderBy(sql`case when p.theme_key = ${item.theme_key} then 0 else 1 end`);
  if (here) {
    q = q
      .orderBy(sql`case when p.lon is null then 1 else 0 end`)
      .orderBy(
        sql`(p.lon - ${here[0]}) * (p.lon - ${here[0]}) * ${k} + (p.lat - ${here[1]}) * (p.lat - ${here[1]})`,
      );
  }
  const rows = await q
    .orderBy(sql`case when p.ward_code = ${item.ward_code ?? ''} then 0 else 1 end`)
    .orderBy('p.received_at', 'desc')
    .orderBy('p.id')
    .limit(FIRST_CUT)
    .execute();

  const ranked = rows.map((r, order) => {
    const there = centreOf(r);
    return {
      order,
      sameWard: item.ward_code !== null && r.ward_code === item.ward_code,
      candidate: {
        id: r.id,
        themeKey: r.theme_key,
        description: r.description,
        status: r.status,
        wardName: r.ward_name,
        receivedAt: r.received_at,
        sameTheme: r.theme_key === item.theme_key,
        distanceM: here && there ? metres(here, there) : null,
      } satisfies MergeCandidate,
    };
  });
  // Same theme first; then those with a distance, nearest first; then the rest, same ward first.
  ranked.sort((a, b) => {
    const x = a.candidate;
    const y = b.candidate;
    if (x.sameTheme !== y.sameTheme) return x.sameTheme ? -1 : 1;
    if ((x.distanceM === null) !== (y.distanceM === null)) return x.distanceM === null ? 1 : -1;
    if (x.distanceM !== null && y.distanceM !== null && x.distanceM !== y.distanceM)
      return x.distanceM - y.distanceM;
    if (a.sameWard !== b.sameWard) return a.sameWard ? -1 : 1;
    return a.order - b.order;
  });
  return ranked.slice(0, query.limit).map((r) => r.candidate);
}

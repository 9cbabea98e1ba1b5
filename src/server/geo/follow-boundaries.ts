// The server's assignment index, kept in step with the store: boundaries imported and CSPs set
// up by the CLI while the server runs (or a vintage coming into force at midnight) reach new
// priorities within a poll interval, without a restart. When the vintages in force change (and
// at start, in case one came into force while the server was stopped), the area catalogue and
// every priority's own area columns move to them.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { alignCatalogue } from '../boundaries/catalogue-in-force';
import type { Db } from '../db/tables';
import { alignAllPriorities } from '../store/align-priorities';
import { today } from '../store/vintages';
import type { AreaIndex, AssignPlace } from './area-index';
import { loadAreaIndex } from './load-area-index';

export const POLL_MS = 15_000;

export interface FollowedAreas {
  readonly assign: AssignPlace;
  /** Reloads now if the store's boundaries changed; resolves to whether it did. */
  refresh(): Promise<boolean>;
}

/** What changes when boundaries, CSP membership or the date in force change. */
export async function boundariesSignature(db: Db): Promise<string> {
  const row = await sql<{ sets: unknown; imported: unknown; links: unknown; wards: unknown }>`
    select (select count(*) from boundary_sets) as sets,
           (select max(imported_at) from boundary_sets) as imported,
           (select count(*) from csp_districts) as links,
           (select count(*) from csp_wards) as wards`.execute(db.kysely);
  const r = row.rows[0];
  return `${today()}|${String(r?.sets)}|${String(r?.imported)}|${String(r?.links)}|${String(r?.wards)}`;
}

/** Moves the catalogue and the priorities' own columns onto the vintages in force. */
async function bringInForce(app: FastifyInstance, db: Db, index: AreaIndex): Promise<void> {
  await alignCatalogue(db.kysely);
  const moved = await alignAllPriorities(db, index.current);
  if (moved > 0)
    app.log.info({ vintages: index.current, moved }, 'priorities moved to the boundaries in force');
}

export async function followBoundaries(
  app: FastifyInstance,
  db: Db,
  pollMs = POLL_MS,
): Promise<FollowedAreas> {
  let index: AreaIndex = await loadAreaIndex(db);
  await bringInForce(app, db, index);
  let seen = await boundariesSignature(db);
  const refresh = async () => {
    const now = await boundariesSignature(db);
    if (now === seen) return false;
    const next = await loadAreaIndex(db);
    // An import by the CLI re-assigned and re-aligned already; a date passing did not.
    if (JSON.stringify(next.current) !== JSON.stringify(index.current)) await bringInForce(app, db, next);
    index = next;
    seen = now;
    app.log.info({ boundaries: now }, 'reloaded the area index: boundaries or CSPs changed');
    return true;
  };
  const timer = setInterval(() => {
    refresh().catch((error: unknown) => app.log.warn({ err: error }, 'could not check for new boundaries'));
  }, pollMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
  return { assign: (place) => index.assign(place), refresh };
}

// The server's assignment index, kept in step with the store: boundaries imported and CSPs set
// up by the CLI while the server runs (or a vintage coming into force at midnight) reach new
// priorities within a poll interval, without a restart.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { alignCatalogue } from '../boundaries/catalogue-in-force';
import type { Db } from '../db/tables';
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
async function signature(db: Db): Promise<string> {
  const row = await sql<{ sets: unknown; imported: unknown; links: unknown; wards: unknown }>`
    select (select count(*) from boundary_sets) as sets,
           (select max(imported_at) from boundary_sets) as imported,
           (select count(*) from csp_districts) as links,
           (select count(*) from csp_wards) as wards`.execute(db.kysely);
  const r = row.rows[0];
  return `${today()}|${String(r?.sets)}|${String(r?.imported)}|${String(r?.links)}|${String(r?.wards)}`;
}

export async function followBoundaries(
  app: FastifyInstance,
  db: Db,
  pollMs = POLL_MS,
): Promise<FollowedAreas> {
  // A vintage may have come into force while the server was stopped.
  await alignCatalogue(db.kysely);
  let index: AreaIndex = await loadAreaIndex(db);
  let seen = await signature(db);
  const refresh = async () => {
    const now = await signature(db);
    if (now === seen) return false;
    await alignCatalogue(db.kysely);
    index = await loadAreaIndex(db);
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

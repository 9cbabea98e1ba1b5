// Public priorities of a CSP, for the map, the list and "me too" on devices. Anyone may read.
import type { FastifyInstance } from 'fastify';
import { PublicQuerySchema } from '../../domain/public-query';
import { API } from '../../domain/sync-protocol';
import { check } from '../../domain/validation';
import type { Db } from '../db/tables';
import { invalid, notFound } from '../errors';
import { findCsp } from '../store/areas';
import { listPublicPriorities } from '../store/public-priorities';

export function publicRoutes(app: FastifyInstance, db: Db, options: { gridMetres: number }): void {
  app.get<{ Params: { code: string } }>(`${API.csps}/:code/public-priorities`, async (request, reply) => {
    const query = check(PublicQuerySchema, { ...(request.query as Record<string, unknown>) });
    if (!query.ok) return invalid(reply, query.issues);
    const csp = await findCsp(db, request.params.code);
    if (!csp) return notFound(reply, `No CSP with code ${request.params.code} in this consultation store`);
    // Short: a newly published priority or a new "me too" should reach devices soon.
    reply.header('cache-control', 'public, max-age=60');
    return listPublicPriorities(db, csp.code, { ...query.value, gridMetres: options.gridMetres });
  });
}

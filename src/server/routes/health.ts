// Liveness and store check for load balancers and the deploy smoke test.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { API } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';

export function healthRoutes(app: FastifyInstance, db: Db): void {
  app.get(API.health, async (request, reply) => {
    try {
      await sql`select 1`.execute(db.kysely);
      return { ok: true, store: db.kind };
    } catch (err) {
      request.log.error({ err }, 'health check: store unavailable');
      return reply.code(503).send({ ok: false, store: db.kind });
    }
  });
}

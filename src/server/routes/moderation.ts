// Officers' moderation: the queue for one of their CSPs, and one endpoint per decision.
import type { FastifyInstance } from 'fastify';
import {
  DECISION_SCHEMAS,
  MergeCandidatesQuerySchema,
  MODERATION_API,
  MODERATION_DECISIONS,
  type ModerationDecision,
  ModerationQueueQuerySchema,
} from '../../domain/moderation';
import { CspCodeSchema } from '../../domain/priority';
import { check } from '../../domain/validation';
import { assertCspAccess, requireStaff, staffOf } from '../auth/guard';
import type { Db } from '../db/tables';
import { invalid, notFound } from '../errors';
import { mergeCandidates } from '../store/merge-candidates';
import { decide } from '../store/moderation';
import { moderationQueue } from '../store/moderation-queue';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function moderationRoutes(app: FastifyInstance, db: Db): void {
  app.get<{ Params: { code: string } }>(
    MODERATION_API.queue(':code'),
    { preHandler: requireStaff('moderate') },
    async (request, reply) => {
      const { code } = request.params;
      if (!check(CspCodeSchema, code).ok) {
        return invalid(reply, [{ path: 'code', message: 'CSP code must be an ONS code such as E22000321' }]);
      }
      assertCspAccess(request, code);
      const query = check(ModerationQueueQuerySchema, { ...(request.query as object) });
      if (!query.ok) return invalid(reply, query.issues);
      return moderationQueue(db, { cspCode: code, ...query.value });
    },
  );

  // Least privilege: the priority must be in one of the officer's CSPs, and so is every candidate.
  app.get<{ Params: { id: string } }>(
    MODERATION_API.mergeCandidates(':id'),
    { preHandler: requireStaff('moderate') },
    async (request, reply) => {
      const { id } = request.params;
      if (!ID.test(id)) return notFound(reply, `No priority with id ${id}`);
      const query = check(MergeCandidatesQuerySchema, { ...(request.query as object) });
      if (!query.ok) return invalid(reply, query.issues);
      return { items: await mergeCandidates(db, staffOf(request), id, query.value) };
    },
  );

  for (const decision of MODERATION_DECISIONS) {
    app.post<{ Params: { id: string } }>(
      MODERATION_API.decide(':id', decision),
      { preHandler: requireStaff('moderate') },
      async (request, reply) => {
        const { id } = request.params;
        if (!ID.test(id)) return notFound(reply, `No priority with id ${id}`);
        const body = check(DECISION_SCHEMAS[decision], request.body ?? {});
        if (!body.ok) return invalid(reply, body.issues);
        return decide(db, staffOf(request), id, decision as ModerationDecision, body.value);
      },
    );
  }
}

// "You said, we did": officers record what was done about a priority (staff, 'respond'); a
// device pulls the responses on the priorities it raised or backed, to show them offline.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as v from 'valibot';
import { MEETINGS_API } from '../../domain/meetings-api';
import { ResponseUpdateSchema } from '../../domain/response';
import { MAX_PULL_PAGE, SUPPORTED_PROTOCOLS, unsupportedProtocolMessage } from '../../domain/sync-protocol';
import { check } from '../../domain/validation';
import { audit } from '../auth/audit';
import { requireStaff, staffOf } from '../auth/guard';
import type { Db } from '../db/tables';
import { invalid, notFound, sendError } from '../errors';
import { pullResponses } from '../store/meetings/pull-responses';
import { priorityCsp } from '../store/meetings/read';
import { addResponse, responseHistory } from '../store/meetings/responses';
import { findInScope } from './scoped';

const PriorityId = v.pipe(v.string(), v.uuid('priority id must be a UUID'));

const PullQuery = v.strictObject({
  protocol: v.pipe(
    v.string('protocol must be a number'),
    v.transform(Number),
    v.number('protocol must be a number'),
  ),
  deviceId: v.pipe(v.string('device id must be text'), v.uuid('device id must be a UUID')),
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d+\.\d+$/, 'cursor must be one returned by the server'))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('limit must be a whole number'),
      v.minValue(1),
      v.maxValue(MAX_PULL_PAGE),
    ),
  ),
});

/** The priority named in the path and its CSP, once the signed-in person may see that CSP; undefined when answered. */
const scopedPriority = (db: Db, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) =>
  findInScope(request, reply, {
    id: PriorityId,
    find: async (id) => {
      const csp = await priorityCsp(db, id);
      return csp === undefined ? undefined : { id, csp };
    },
    cspOf: (found) => found.csp,
    what: 'priority',
  });

export function responseRoutes(app: FastifyInstance, db: Db): void {
  app.post<{ Params: { id: string } }>(
    MEETINGS_API.responses(':id'),
    { preHandler: requireStaff('respond') },
    async (request, reply) => {
      const target = await scopedPriority(db, request, reply);
      if (!target) return reply;
      const body = check(ResponseUpdateSchema, request.body);
      if (!body.ok) return invalid(reply, body.issues);
      const staff = staffOf(request);
      const saved = await addResponse(db, target.id, body.value, {
        id: staff.id,
        displayName: staff.displayName,
      });
      if (!saved) return notFound(reply, `No priority ${target.id} in this consultation store`);
      await audit(db, staff, 'respond', { cspCode: target.csp, targetId: target.id, status: saved.status });
      return reply.code(201).send(saved);
    },
  );

  app.get<{ Params: { id: string } }>(
    MEETINGS_API.responses(':id'),
    { preHandler: requireStaff('read') },
    async (request, reply) => {
      const target = await scopedPriority(db, request, reply);
      if (!target) return reply;
      return { items: await responseHistory(db, target.id) };
    },
  );

  app.get(MEETINGS_API.pullResponses, async (request, reply) => {
    const query = check(PullQuery, { ...(request.query as Record<string, unknown>) });
    if (!query.ok) return invalid(reply, query.issues);
    if (!SUPPORTED_PROTOCOLS.includes(query.value.protocol))
      return sendError(reply, 400, {
        error: 'unsupported_protocol',
        message: unsupportedProtocolMessage(query.value.protocol),
        supportedProtocols: SUPPORTED_PROTOCOLS,
      });
    reply.header('cache-control', 'no-store');
    return pullResponses(db, query.value);
  });
}

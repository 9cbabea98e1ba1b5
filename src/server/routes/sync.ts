// The sync API: devices push their outbox and pull the server-owned state of their records.
import type { FastifyInstance } from 'fastify';
import { checkPushRequest } from '../../domain/push-validation';
import {
  API,
  PullQuerySchema,
  SUPPORTED_PROTOCOLS,
  unsupportedProtocolMessage,
} from '../../domain/sync-protocol';
import { check } from '../../domain/validation';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';
import type { AssignPlace } from '../geo/area-index';
import { pullPriorities } from '../store/pull';
import { pushPriorities } from '../store/push';

export function syncRoutes(app: FastifyInstance, db: Db, assign: AssignPlace): void {
  app.post(API.push, async (request, reply) => {
    const checked = checkPushRequest(request.body);
    if (!checked.ok) return sendError(reply, 400, checked.body);
    return pushPriorities(db, checked.value, assign);
  });

  app.get(API.pull, async (request, reply) => {
    const raw = request.query as Record<string, unknown>;
    const protocol = Number(raw.protocol);
    if (
      typeof raw.protocol === 'string' &&
      Number.isFinite(protocol) &&
      !SUPPORTED_PROTOCOLS.includes(protocol)
    ) {
      return sendError(reply, 400, {
        error: 'unsupported_protocol',
        message: unsupportedProtocolMessage(protocol),
        supportedProtocols: SUPPORTED_PROTOCOLS,
      });
    }
    // Copy: the query object has no prototype, and the schema wants a plain object.
    const query = check(PullQuerySchema, { ...raw });
    if (!query.ok) return invalid(reply, query.issues);
    if (!SUPPORTED_PROTOCOLS.includes(query.value.protocol)) {
      return sendError(reply, 400, {
        error: 'unsupported_protocol',
        message: unsupportedProtocolMessage(query.value.protocol),
        supportedProtocols: SUPPORTED_PROTOCOLS,
      });
    }
    reply.header('cache-control', 'no-store');
    return pullPriorities(db, query.value);
  });
}

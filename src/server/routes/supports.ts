// "Me too" push: devices send the supports in their outbox; each gets its own answer.
import type { FastifyInstance } from 'fastify';
import { checkSupportPush, SUPPORT_PUSH_PATH } from '../../domain/support';
import { SUPPORTED_PROTOCOLS } from '../../domain/sync-protocol';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';
import { pushSupports } from '../store/supports';

export function supportRoutes(app: FastifyInstance, db: Db): void {
  app.post(SUPPORT_PUSH_PATH, async (request, reply) => {
    const checked = checkSupportPush(request.body);
    if (checked.ok) return pushSupports(db, checked.value);
    if (checked.kind === 'invalid') return invalid(reply, checked.issues);
    return sendError(reply, 400, {
      error: 'unsupported_protocol',
      message: checked.message,
      supportedProtocols: SUPPORTED_PROTOCOLS,
    });
  });
}

// The sync API: devices push their records (one result per record) and pull the server-owned
// state of their priorities. Another record kind adds its list to RECORD_LISTS and one block below.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { correctDeviceTimes, measureSkew } from '../../domain/clock-skew';
import { checkPriorityRecord } from '../../domain/priority-record';
import { PullQuerySchema } from '../../domain/pull-query';
import { checkPushEnvelope } from '../../domain/push-validation';
import {
  API,
  PROTOCOL_VERSION,
  type PriorityRecord,
  type PushResponse,
  type PushResult,
  SUPPORTED_PROTOCOLS,
  unsupportedProtocolMessage,
} from '../../domain/sync-protocol';
import { check } from '../../domain/validation';
import { checkRecorders, SIGN_IN_TO_SEND } from '../auth/recorder';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';
import type { StoreGeneration } from '../store/generations';
import { checkNeighbourhoodChoices } from '../store/neighbourhood-choices';
import { pullPriorities } from '../store/pull';
import type { PushWriter } from '../store/push-writer';

export function syncRoutes(
  app: FastifyInstance,
  db: Db,
  writer: PushWriter,
  perDevice?: preHandlerHookHandler,
  generation?: StoreGeneration,
): void {
  const limited = perDevice ? { preHandler: perDevice } : {};
  app.post(API.push, limited, async (request, reply): Promise<PushResponse | typeof reply> => {
    const envelope = checkPushEnvelope(request.body);
    if (!envelope.ok) return sendError(reply, envelope.status, envelope.body);
    const { deviceId, lists, sentAt } = envelope.value;
    const now = Date.now();
    const skew = measureSkew(sentAt, now);

    // Patrol records also need their recorder's session (src/server/auth/recorder.ts).
    const recorded = await checkRecorders(
      db,
      request,
      lists.priorities.map((raw, i) => checkPriorityRecord(raw, i, deviceId)),
    );
    if (recorded === 'sign-in')
      return sendError(reply, 401, { error: 'unauthorized', message: SIGN_IN_TO_SEND });
    const checks = await checkNeighbourhoodChoices(db, recorded);
    const valid = checks.flatMap((c): PriorityRecord[] =>
      c.ok ? [correctDeviceTimes(c.value, skew, now)] : [],
    );
    const stored = await writer.write(deviceId, valid);
    let next = 0;
    const results: PushResult[] = checks.map((c) => (c.ok ? (stored[next++] as PushResult) : c.result));

    reply.header('cache-control', 'no-store');
    return { protocol: PROTOCOL_VERSION, results };
  });

  app.get(API.pull, limited, async (request, reply) => {
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
    // Marks from a run of the store that may have lost what it confirmed: start over, even
    // from the first cursor (a device that never completed a pull has nothing else to show).
    const { marks } = query.value;
    const startOver = marks !== undefined && generation !== undefined && !(await generation.stillHeld(marks));
    const page = await pullPriorities(db, { ...query.value, startOver });
    return generation ? { ...page, mark: generation.mark() } : page;
  });
}

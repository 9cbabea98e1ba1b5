// One place that turns failures into ErrorBody answers: bad input is always a 4xx with a
// sentence naming the problem, never a 500.
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { type ErrorBody, MAX_BATCH } from '../domain/sync-protocol';
import { describeIssues, type FieldIssue } from '../domain/validation';
import { noteJsonText } from './http/text-guard';

/** Staff and moderation answers, next to the sync protocol's own error codes. */
export interface StaffErrorBody {
  readonly error: 'unauthorized' | 'forbidden' | 'conflict' | 'not_found' | 'invalid_request';
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

export function sendError(
  reply: FastifyReply,
  status: number,
  body: ErrorBody | StaffErrorBody,
): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function invalid(reply: FastifyReply, issues: FieldIssue[]): FastifyReply {
  return sendError(reply, 400, {
    error: 'invalid_request',
    message: `Invalid request: ${describeIssues(issues)}`,
    issues,
  });
}

export function notFound(reply: FastifyReply, message: string): FastifyReply {
  return sendError(reply, 404, { error: 'not_found', message });
}

class JsonBodyError extends Error {
  readonly statusCode = 400;
  readonly code = 'INVALID_JSON_BODY';
}

export function installErrorHandling(app: FastifyInstance): void {
  // Fastify's own JSON parser drops the reason; this one says where the JSON broke.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    try {
      const parsed: unknown = JSON.parse(body as string);
      noteJsonText(request, body as string);
      done(null, parsed);
    } catch (e) {
      done(new JsonBodyError(`Request body is not valid JSON: ${(e as Error).message}`), undefined);
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) {
      return sendError(reply, 413, {
        error: 'payload_too_large',
        message: `Request body is too large: the limit is ${Math.round((app.initialConfig.bodyLimit ?? 1_048_576) / 1024)} KiB (after decompression); send fewer priorities per batch.`,
        limits: { maxBatch: MAX_BATCH, maxBodyBytes: app.initialConfig.bodyLimit ?? 1_048_576 },
      });
    }
    if (error.code === 'UNSUPPORTED_CONTENT_ENCODING') {
      return sendError(reply, 415, { error: 'unsupported_encoding', message: error.message });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(reply, 415, {
        error: 'invalid_request',
        message: `Unsupported content type ${String(request.headers['content-type'])}: send application/json`,
      });
    }
    const errorCode = (error as { errorCode?: unknown }).errorCode;
    if (status >= 400 && status < 500 && typeof errorCode === 'string') {
      return sendError(reply, status, {
        error: errorCode as StaffErrorBody['error'],
        message: error.message,
      });
    }
    if (status >= 400 && status < 500) {
      return sendError(reply, status, { error: 'invalid_request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send({ error: 'internal_error', message: 'The consultation store failed; try again later.' });
  });
}

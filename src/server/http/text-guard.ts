// PostgreSQL text cannot hold the NUL character, and no real input needs one: a request with
// NUL anywhere in its path parameters, query or JSON body gets a 400 naming where, before any
// route sees it (otherwise the database would fail the query and the answer would be a 500).
import type { FastifyInstance } from 'fastify';
import { sendError } from '../errors';

const MAX_NODES = 200_000;

/** Where the first NUL is ("query.code", "body.priorities[0].description"), if anywhere. */
export function findNul(value: unknown, path: string): string | undefined {
  const stack: [unknown, string][] = [[value, path]];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const [node, at] = stack.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return at;
    } else if (node !== null && typeof node === 'object') {
      for (const [key, inner] of Object.entries(node)) {
        const next = Array.isArray(node) ? `${at}[${key}]` : `${at}.${key}`;
        if (key.includes('\u0000')) return next;
        stack.push([inner, next]);
      }
    }
  }
  return undefined;
}

/** Whether a NUL is anywhere, without building paths: the common, clean case stays cheap. */
function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (node.includes('\u0000')) return true;
    } else if (node !== null && typeof node === 'object') {
      for (const key in node) {
        if (!Object.hasOwn(node, key)) continue;
        if (key.includes('\u0000')) return true;
        stack.push((node as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

const nulAt = (value: unknown, path: string) => (hasNul(value) ? findNul(value, path) : undefined);

/** Requests whose JSON text was seen to hold no NUL, so their parsed body needs no walk. */
const nulFreeJson = new WeakSet<object>();

/**
 * Called by the JSON body parser with the raw text. JSON can carry a NUL only as the escape
 * \u0000 (a raw control character is a syntax error), so text without that escape parses to a
 * body without a NUL: one search of the text instead of a walk over every value of a large push.
 */
export function noteJsonText(request: object, text: string): void {
  if (!text.includes('\\u0000')) nulFreeJson.add(request);
}

export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const at =
      nulAt(request.params, 'params') ??
      nulAt(request.query, 'query') ??
      (nulFreeJson.has(request) ? undefined : nulAt(request.body, 'body'));
    if (at === undefined) return;
    return sendError(reply, 400, {
      error: 'invalid_request',
      message: `Invalid request: ${at}: must not contain a NUL character`,
      issues: [{ path: at, message: 'must not contain a NUL character' }],
    });
  });
}

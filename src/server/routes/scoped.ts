// The record a path names, found and checked against the signed-in person's CSPs, for staff
// routes: a malformed id is a 400 naming `id`, an unknown one a 404, another CSP's a 403.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as v from 'valibot';
import { check } from '../../domain/validation';
import { assertCspAccess } from '../auth/guard';
import { invalid, notFound } from '../errors';

export async function findInScope<T>(
  request: FastifyRequest<{ Params: { id: string } }>,
  reply: FastifyReply,
  lookup: {
    readonly id: v.GenericSchema<unknown, string>;
    readonly find: (id: string) => Promise<T | undefined>;
    readonly cspOf: (found: T) => string;
    /** What the 404 calls it, e.g. "meeting". */
    readonly what: string;
  },
): Promise<T | undefined> {
  const id = check(lookup.id, request.params.id);
  if (!id.ok) {
    invalid(
      reply,
      id.issues.map((i) => ({ ...i, path: 'id' })),
    );
    return undefined;
  }
  const found = await lookup.find(id.value);
  if (found === undefined) {
    notFound(reply, `No ${lookup.what} ${id.value} in this consultation store`);
    return undefined;
  }
  assertCspAccess(request, lookup.cspOf(found));
  return found;
}

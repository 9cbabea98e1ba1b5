// Who may call a staff endpoint: requireStaff(action) answers 401 without a live session and
// 403 without the permission; assertCspAccess keeps every account inside its own CSPs.
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { can, ROLE_LABELS, type StaffAction, type StaffPrincipal } from '../../domain/staff';
import type { Db } from '../db/tables';
import { sendError } from '../errors';
import { findSession } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireStaff for the signed-in person. */
    staff: StaffPrincipal | null;
    staffToken: string | null;
    staffExpiresAt: string | null;
  }
  interface FastifyInstance {
    staffStore: Db;
    /** Staff sessions unused for this long have ended (sliding idle timeout). */
    staffIdleMs: number;
  }
}

/** An HTTP answer raised from deep inside a handler; the error handler sends it as it is. */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorCode: 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'invalid_request',
    message: string,
  ) {
    super(message);
  }
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]+)\s*$/i.exec(header);
  return match?.[1];
}

/** Makes requireStaff work on this app; call once before registering staff routes. */
export function installStaffGuard(app: import('fastify').FastifyInstance, db: Db, idleMs: number): void {
  app.decorate('staffStore', db);
  app.decorate('staffIdleMs', idleMs);
  app.decorateRequest('staff', null);
  app.decorateRequest('staffToken', null);
  app.decorateRequest('staffExpiresAt', null);
}

function unauthorized(reply: FastifyReply, message: string): FastifyReply {
  reply.header('www-authenticate', 'Bearer realm="staff"');
  return sendError(reply, 401, { error: 'unauthorized', message });
}

/** A preHandler for staff routes; without an action any signed-in staff member passes. */
export function requireStaff(action?: StaffAction): preHandlerAsyncHookHandler {
  return async function staffGuard(request, reply) {
    const token = bearerToken(request);
    if (!token) {
      return unauthorized(reply, 'Sign in as staff to do this: send Authorization: Bearer <token>.');
    }
    const session = await findSession(request.server.staffStore, token, {
      idleMs: request.server.staffIdleMs,
    });
    if (!session) {
      return unauthorized(reply, 'Your staff session has ended or is not valid: sign in again.');
    }
    request.staff = session.staff;
    request.staffToken = token;
    request.staffExpiresAt = session.expiresAt;
    reply.header('cache-control', 'no-store');
    if (action && !can(session.staff.role, action)) {
      return sendError(reply, 403, {
        error: 'forbidden',
        message: `The ${ROLE_LABELS[session.staff.role]} role may not ${action.replaceAll('-', ' ')}.`,
      });
    }
  };
}

/** The signed-in person; only inside a route guarded by requireStaff. */
export function staffOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new HttpProblem(401, 'unauthorized', 'Sign in as staff to do this.');
  return request.staff;
}

/** Throws a 403 naming the CSP unless the signed-in person's account covers it. */
export function assertCspAccess(request: FastifyRequest, cspCode: string): void {
  const staff = staffOf(request);
  if (!staff.cspCodes.includes(cspCode)) {
    throw new HttpProblem(
      403,
      'forbidden',
      `Your account does not cover CSP ${cspCode}; it covers ${staff.cspCodes.join(', ')}.`,
    );
  }
}

// Staff sign-in, sign-out and "who am I". Wrong username and wrong password get the same answer,
// and so does a username locked after repeated wrong passwords, whether or not its account exists.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { type LoginResponse, type MeResponse, STAFF_API } from '../../domain/staff';
import { LoginRequestSchema } from '../../domain/staff-schemas';
import { check } from '../../domain/validation';
import { audit } from '../auth/audit';
import { requireStaff, staffOf } from '../auth/guard';
import { clearFailures, type LockoutPolicy, lockedUntil, recordFailure } from '../auth/lockout';
import { decoyHash, verifyPassword } from '../auth/password';
import { closeSession, openSession } from '../auth/sessions';
import { findStaffByUsername } from '../auth/users';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';

export interface StaffAuthOptions {
  readonly sessionHours: number;
  readonly lockout: LockoutPolicy;
}

/** The same words for every locked username, known or not. */
function lockedOut(reply: FastifyReply, until: string, now: number): FastifyReply {
  const minutes = Math.max(1, Math.ceil((Date.parse(until) - now) / 60_000));
  reply.header('retry-after', String(minutes * 60));
  return sendError(reply, 401, {
    error: 'unauthorized',
    message: `Too many wrong passwords for this username. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask an administrator to reset the password.`,
  });
}

export function staffAuthRoutes(app: FastifyInstance, db: Db, options: StaffAuthOptions): void {
  app.post(STAFF_API.login, async (request, reply) => {
    const body = check(LoginRequestSchema, request.body);
    if (!body.ok) return invalid(reply, body.issues);
    const { username, password } = body.value;
    const now = Date.now();
    reply.header('cache-control', 'no-store');
    const account = await findStaffByUsername(db, username);
    const failed = (reason: string, extra: Record<string, unknown> = {}) =>
      audit(db, null, 'staff.login-failed', {
        username,
        reason,
        ip: request.ip,
        targetId: account?.id,
        ...extra,
      });
    const locked = await lockedUntil(db, username, now);
    if (locked) {
      await failed('locked', { lockedUntil: locked });
      return lockedOut(reply, locked, now);
    }
    const passwordOk = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    if (!account || !passwordOk || account.disabledAt) {
      await failed(!account ? 'unknown-user' : !passwordOk ? 'wrong-password' : 'disabled');
      const lockStarted = await recordFailure(db, username, options.lockout, now);
      if (lockStarted) {
        await audit(db, null, 'staff.login-locked', {
          username,
          ip: request.ip,
          targetId: account?.id,
          lockedUntil: lockStarted,
        });
        return lockedOut(reply, lockStarted, now);
      }
      return sendError(reply, 401, {
        error: 'unauthorized',
        message: 'That username and password do not match an active staff account.',
      });
    }
    await clearFailures(db, username);
    const { token, expiresAt } = await openSession(db, account.id, options.sessionHours * 3_600_000);
    const staff = {
      id: account.id,
      username: account.username,
      displayName: account.displayName,
      role: account.role,
      cspCodes: account.cspCodes,
    };
    await audit(db, staff, 'staff.login', { ip: request.ip, expiresAt });
    const response: LoginResponse = { token, expiresAt, staff };
    return response;
  });

  app.post(STAFF_API.logout, { preHandler: requireStaff() }, async (request, reply) => {
    const staff = staffOf(request);
    await closeSession(db, request.staffToken ?? '');
    await audit(db, staff, 'staff.logout', {});
    return reply.code(204).send();
  });

  app.get(STAFF_API.me, { preHandler: requireStaff() }, async (request) => {
    const response: MeResponse = { staff: staffOf(request), expiresAt: request.staffExpiresAt ?? '' };
    return response;
  });
}

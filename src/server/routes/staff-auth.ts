// Staff sign-in, sign-out and "who am I". Wrong username and wrong password get the same answer.
import type { FastifyInstance } from 'fastify';
import { LoginRequestSchema, type LoginResponse, type MeResponse, STAFF_API } from '../../domain/staff';
import { check } from '../../domain/validation';
import { audit } from '../auth/audit';
import { requireStaff, staffOf } from '../auth/guard';
import { decoyHash, verifyPassword } from '../auth/password';
import { closeSession, openSession } from '../auth/sessions';
import { findStaffByUsername } from '../auth/users';
import type { Db } from '../db/tables';
import { invalid, sendError } from '../errors';

export interface StaffAuthOptions {
  readonly sessionHours: number;
}

export function staffAuthRoutes(app: FastifyInstance, db: Db, options: StaffAuthOptions): void {
  app.post(STAFF_API.login, async (request, reply) => {
    const body = check(LoginRequestSchema, request.body);
    if (!body.ok) return invalid(reply, body.issues);
    const { username, password } = body.value;
    const account = await findStaffByUsername(db, username);
    const passwordOk = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
    reply.header('cache-control', 'no-store');
    if (!account || !passwordOk || account.disabledAt) {
      await audit(db, null, 'staff.login-failed', {
        username,
        reason: !account ? 'unknown-user' : !passwordOk ? 'wrong-password' : 'disabled',
        ip: request.ip,
      });
      return sendError(reply, 401, {
        error: 'unauthorized',
        message: 'That username and password do not match an active staff account.',
      });
    }
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

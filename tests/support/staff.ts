// Staff accounts and sign-ins for tests: real accounts, real password hashes, real sessions.
import type { FastifyInstance } from 'fastify';
import { type Role, STAFF_API, type StaffPrincipal } from '../../src/domain/staff';
import { addStaff } from '../../src/server/auth/users';
import type { Db } from '../../src/server/db/tables';

export const TEST_PASSWORD = 'correct horse battery staple';
export const RUGBY = 'E22000321';
export const SOUTH_WARWICKSHIRE = 'E22000359';

let counter = 0;

export async function makeStaff(
  db: Db,
  role: Role,
  cspCodes: readonly string[] = [RUGBY],
  username = `${role}-${++counter}-${Math.random().toString(36).slice(2, 6)}`,
): Promise<StaffPrincipal> {
  return addStaff(
    db,
    { username, displayName: `Test ${role}`, role, cspCodes: [...cspCodes] },
    TEST_PASSWORD,
  );
}

/** Signs in over HTTP and returns the Authorization header to send. */
export async function signIn(app: FastifyInstance, username: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: STAFF_API.login, payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const body = res.json() as { token: string; expiresAt: string };
  return { authorization: `Bearer ${body.token}`, token: body.token, expiresAt: body.expiresAt };
}

/** A signed-in staff member of the given role: account plus headers. */
export async function staffSession(app: FastifyInstance, db: Db, role: Role, cspCodes?: readonly string[]) {
  const staff = await makeStaff(db, role, cspCodes);
  const { authorization, token } = await signIn(app, staff.username);
  return { staff, token, headers: { authorization } };
}

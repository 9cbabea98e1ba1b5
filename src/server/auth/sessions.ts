// Bearer-token sessions that expire. The token is random and shown once; the store keeps its hash.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffPrincipal } from '../../domain/staff';
import type { Db } from '../db/tables';

export const DEFAULT_SESSION_HOURS = 10;
/** A session nobody has used for this long ends, whatever its absolute expiry. */
export const DEFAULT_IDLE_MINUTES = 60;
/** last_seen_at is rewritten at most this often, so reads do not each cost a write. */
const SEEN_RESOLUTION_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface OpenedSession {
  readonly token: string;
  readonly expiresAt: string;
}

export async function openSession(
  db: Db,
  userId: string,
  ttlMs: number,
  now = Date.now(),
): Promise<OpenedSession> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + ttlMs).toISOString();
  await db.kysely
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: new Date(now).toISOString(),
      expires_at: expiresAt,
      last_seen_at: new Date(now).toISOString(),
    })
    .execute();
  // Expired sessions of this person are cleared as they sign in again, so the table stays small.
  await db.kysely
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', new Date(now).toISOString())
    .execute();
  return { token, expiresAt };
}

export interface ActiveSession {
  readonly staff: StaffPrincipal;
  readonly expiresAt: string;
}

export interface SessionLimits {
  /** Sliding inactivity limit: the session ends this long after its last use. */
  readonly idleMs: number;
  readonly now?: number;
}

/**
 * The live session for a token, and marks it used. Unknown, expired, idle-too-long and
 * disabled-account tokens give undefined.
 */
export async function findSession(
  db: Db,
  token: string,
  limits: SessionLimits = { idleMs: DEFAULT_IDLE_MINUTES * 60_000 },
): Promise<ActiveSession | undefined> {
  if (token.length < 20 || token.length > 100) return undefined;
  const now = limits.now ?? Date.now();
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'sessions.created_at',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', new Date(now).toISOString())
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const lastSeen = Date.parse(row.last_seen_at ?? row.created_at);
  if (now - lastSeen >= limits.idleMs) return undefined;
  if (now - lastSeen >= SEEN_RESOLUTION_MS) {
    await db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now).toISOString() })
      .where('token_hash', '=', hashToken(token))
      .execute();
  }
  return { staff: await staffPrincipal(db, row), expiresAt: row.expires_at };
}

/** The account as a signed-in principal, with the CSPs it covers now. */
export async function staffPrincipal(
  db: Db,
  user: { id: string; username: string; display_name: string; role: StaffPrincipal['role'] },
): Promise<StaffPrincipal> {
  const csps = await db.kysely
    .selectFrom('user_csps')
    .select('csp_code')
    .where('user_id', '=', user.id)
    .orderBy('csp_code')
    .execute();
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    cspCodes: csps.map((c) => c.csp_code),
  };
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

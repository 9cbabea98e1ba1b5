// The signed-in staff session on this device, and every other staff-only thing it keeps.
// All of it lives under kv keys starting "staff:", so signing out can clear exactly that and
// never touches the outbox: unsynced priorities survive a sign-out or an expired session.
import type { StaffPrincipal } from '../../domain/staff';
import { db } from './db';

export const STAFF_KEY_PREFIX = 'staff:';
const SESSION_KEY = `${STAFF_KEY_PREFIX}session`;

export interface StoredStaffSession {
  readonly token: string;
  readonly expiresAt: string;
  readonly staff: StaffPrincipal;
  /** Set when the server refused the token before its expiry (disabled account, new password). */
  readonly endedAt?: string;
}

export async function readStaffSession(): Promise<StoredStaffSession | undefined> {
  return (await db().kv.get(SESSION_KEY))?.value as StoredStaffSession | undefined;
}

export async function writeStaffSession(session: StoredStaffSession): Promise<void> {
  await db().kv.put({ key: SESSION_KEY, value: session });
}

/** The token to send, or undefined when nobody is signed in or the session is over. */
export async function liveStaffToken(now = Date.now()): Promise<string | undefined> {
  const session = await readStaffSession();
  if (!session || session.endedAt || Date.parse(session.expiresAt) <= now) return undefined;
  return session.token;
}

/** The server no longer accepts this token: keep who it was (to say so), stop sending it. */
export async function markStaffSessionEnded(token: string, now = Date.now()): Promise<void> {
  const d = db();
  await d.transaction('rw', d.kv, async () => {
    const session = await readStaffSession();
    if (session && session.token === token && !session.endedAt) {
      await writeStaffSession({ ...session, endedAt: new Date(now).toISOString() });
    }
  });
}

/** Sign-out: forget the session and every staff-only cache on this device. */
export async function clearStaffData(): Promise<void> {
  await db().kv.where('key').startsWith(STAFF_KEY_PREFIX).delete();
}

// Temporary sign-in lockout after repeated wrong passwords. Counted per username whether or not
// an account has it, so being locked out says nothing about which usernames exist.
import { sql } from 'kysely';
import type { Db } from '../db/tables';

export interface LockoutPolicy {
  /** Wrong passwords in a row (within lockMs of the first) that lock the username. */
  readonly maxFailures: number;
  /** How long the lock lasts; also the window the failures are counted in. */
  readonly lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMs: 15 * 60_000 };

const iso = (ms: number) => new Date(ms).toISOString();

/** The end of a lock in force on this username, or undefined. */
export async function lockedUntil(db: Db, username: string, now = Date.now()): Promise<string | undefined> {
  const row = await db.kysely
    .selectFrom('login_failures')
    .select('locked_until')
    .where('username', '=', username)
    .where('locked_until', '>', iso(now))
    .executeTakeFirst();
  return row?.locked_until ?? undefined;
}

/**
 * Counts one wrong password; returns the end of the lock when this failure starts one. One
 * statement, so failures arriving at once are all counted. A count older than the window, or
 * one whose lock has run out, starts again at 1.
 */
export async function recordFailure(
  db: Db,
  username: string,
  policy: LockoutPolicy,
  now = Date.now(),
): Promise<string | undefined> {
  const at = iso(now);
  const windowStart = iso(now - policy.lockMs);
  const lockEnd = iso(now + policy.lockMs);
  const stale = sql<boolean>`(login_failures.first_failed_at < ${windowStart} or login_failures.locked_until <= ${at})`;
  const row = await db.kysely
    .insertInto('login_failures')
    .values({
      username,
      failures: 1,
      first_failed_at: at,
      locked_until: policy.maxFailures <= 1 ? lockEnd : null,
    })
    .onConflict((oc) =>
      oc.column('username').doUpdateSet({
        failures: sql`case when ${stale} then 1 else login_failures.failures + 1 end`,
        first_failed_at: sql`case when ${stale} then ${at} else login_failures.first_failed_at end`,
        locked_until: sql`case
          when ${stale} then ${policy.maxFailures <= 1 ? lockEnd : null}
          when login_failures.failures + 1 >= ${policy.maxFailures} then ${lockEnd}
          else login_failures.locked_until end`,
      }),
    )
    .returning(['failures', 'locked_until'])
    .executeTakeFirstOrThrow();
  // Old counts (most from mistyped or guessed usernames) are pruned as new ones arrive.
  await db.kysely
    .deleteFrom('login_failures')
    .where('first_failed_at', '<', windowStart)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .execute();
  return row.failures >= policy.maxFailures && row.locked_until ? row.locked_until : undefined;
}

/** A successful sign-in starts the count again. */
export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.kysely.deleteFrom('login_failures').where('username', '=', username).execute();
}

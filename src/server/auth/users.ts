// Staff accounts in the store: create, list, disable, and load one as a principal.
import { v7 } from 'uuid';
import type { Role, StaffPrincipal } from '../../domain/staff';
import type { NewStaff } from '../../domain/staff-schemas';
import type { Db } from '../db/tables';
import { hashPassword } from './password';

export interface StaffAccount extends StaffPrincipal {
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

export class DuplicateUsernameError extends Error {}

export async function addStaff(db: Db, input: NewStaff, password: string): Promise<StaffAccount> {
  const existing = await db.kysely
    .selectFrom('users')
    .select('id')
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (existing) throw new DuplicateUsernameError(`a staff account named "${input.username}" already exists`);
  const id = v7();
  const createdAt = new Date().toISOString();
  const passwordHash = await hashPassword(password);
  const cspCodes = [...new Set(input.cspCodes)].sort();
  await db.kysely.transaction().execute(async (tx) => {
    await tx
      .insertInto('users')
      .values({
        id,
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        created_at: createdAt,
        disabled_at: null,
      })
      .execute();
    await tx
      .insertInto('user_csps')
      .values(cspCodes.map((csp_code) => ({ user_id: id, csp_code })))
      .execute();
  });
  return { id, ...input, cspCodes, createdAt, disabledAt: null };
}

async function cspsByUser(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const rows = await db.kysely
    .selectFrom('user_csps')
    .select(['user_id', 'csp_code'])
    .where('user_id', 'in', ids)
    .orderBy('csp_code')
    .execute();
  for (const row of rows) out.set(row.user_id, [...(out.get(row.user_id) ?? []), row.csp_code]);
  return out;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  created_at: string;
  disabled_at: string | null;
}

const toAccount = (row: UserRow, csps: Map<string, string[]>): StaffAccount => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  cspCodes: csps.get(row.id) ?? [],
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

const USER_COLUMNS = ['id', 'username', 'display_name', 'role', 'created_at', 'disabled_at'] as const;

export async function listStaff(db: Db): Promise<StaffAccount[]> {
  const rows = await db.kysely.selectFrom('users').select(USER_COLUMNS).orderBy('username').execute();
  const csps = await cspsByUser(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toAccount(row, csps));
}

export async function findStaffByUsername(
  db: Db,
  username: string,
): Promise<(StaffAccount & { passwordHash: string }) | undefined> {
  const row = await db.kysely
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...toAccount(row, await cspsByUser(db, [row.id])), passwordHash: row.password_hash };
}

/** Disables the account and ends its sessions at once; returns false when there is no such account. */
export async function disableStaff(db: Db, username: string): Promise<StaffAccount | undefined> {
  return db.kysely.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('username', '=', username)
      .executeTakeFirst();
    if (!row) return undefined;
    const disabledAt = row.disabled_at ?? new Date().toISOString();
    await tx.updateTable('users').set({ disabled_at: disabledAt }).where('id', '=', row.id).execute();
    await tx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    await tx.deleteFrom('meeting_send_grants').where('staff_id', '=', row.id).execute();
    const csps = await tx
      .selectFrom('user_csps')
      .select(['user_id', 'csp_code'])
      .where('user_id', '=', row.id)
      .orderBy('csp_code')
      .execute();
    return toAccount({ ...row, disabled_at: disabledAt }, new Map([[row.id, csps.map((c) => c.csp_code)]]));
  });
}

export async function setStaffPassword(db: Db, username: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.kysely.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (!row) return false;
    await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', row.id).execute();
    // A new password ends every session signed in with the old one, and withdraws meeting send grants.
    await tx.deleteFrom('sessions').where('user_id', '=', row.id).execute();
    await tx.deleteFrom('meeting_send_grants').where('staff_id', '=', row.id).execute();
    return true;
  });
}

// What the store and the CLI check of staff input: usernames, passwords, new accounts, sign-ins.
// Apart from staff.ts because the app shell carries that (roles, permissions) and not these.
import * as v from 'valibot';
import { CspCodeSchema } from './priority';
import { ROLES } from './staff';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

export const UsernameSchema = v.pipe(
  v.string('username must be text'),
  v.trim(),
  v.toLowerCase(),
  v.regex(USERNAME_PATTERN, 'username must be 2–63 letters, digits, dots, dashes or underscores'),
);

export const RoleSchema = v.picklist(ROLES, `role must be one of ${ROLES.join(', ')}`);

export const DisplayNameSchema = v.pipe(
  v.string('display name must be text'),
  v.trim(),
  v.minLength(1, 'display name is required'),
  v.maxLength(120, 'display name may have at most 120 characters'),
);

/** A new password (CLI): long enough to resist guessing, bounded so hashing stays cheap. */
export const NewPasswordSchema = v.pipe(
  v.string('password must be text'),
  v.minLength(PASSWORD_MIN, `password must have at least ${PASSWORD_MIN} characters`),
  v.maxLength(PASSWORD_MAX, `password may have at most ${PASSWORD_MAX} characters`),
);

export const NewStaffSchema = v.strictObject({
  username: UsernameSchema,
  displayName: DisplayNameSchema,
  role: RoleSchema,
  cspCodes: v.pipe(
    v.array(CspCodeSchema, 'CSP codes must be a list'),
    v.minLength(1, 'a staff account needs at least one CSP'),
    v.maxLength(50, 'a staff account may cover at most 50 CSPs'),
  ),
});
export type NewStaff = v.InferOutput<typeof NewStaffSchema>;

export const LoginRequestSchema = v.strictObject({
  username: v.pipe(
    v.string('username must be text'),
    v.trim(),
    v.toLowerCase(),
    v.minLength(1, 'username is required'),
    v.maxLength(63, 'username may have at most 63 characters'),
  ),
  password: v.pipe(
    v.string('password must be text'),
    v.minLength(1, 'password is required'),
    v.maxLength(PASSWORD_MAX, `password may have at most ${PASSWORD_MAX} characters`),
  ),
});
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

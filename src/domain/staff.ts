// Staff accounts: roles, what each role may do (least privilege), and the login answers
// (the shapes the store checks are in staff-schemas.ts, which the app shell need not carry).
// Residents never have accounts; they stay anonymous behind a random device id.

export const ROLES = ['pcso', 'officer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  'record-on-behalf',
  'run-meeting',
  'moderate',
  'respond',
  'read',
  'export',
  'manage-users',
  'read-audit',
] as const;
export type StaffAction = (typeof ACTIONS)[number];

const PERMISSIONS: Record<Role, readonly StaffAction[]> = {
  pcso: ['record-on-behalf', 'run-meeting'],
  officer: ['record-on-behalf', 'run-meeting', 'moderate', 'respond', 'read', 'export'],
  analyst: ['read', 'export'],
  admin: ACTIONS,
};

/** Whether a role may take an action. CSP scope is checked separately, per record. */
export function can(role: Role, action: StaffAction): boolean {
  return PERMISSIONS[role].includes(action);
}

export const ROLE_LABELS: Record<Role, string> = {
  pcso: 'PCSO',
  officer: 'Officer',
  analyst: 'Analyst',
  admin: 'Administrator',
};

/** The signed-in person as the server and the device know them. */
export interface StaffPrincipal {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly cspCodes: readonly string[];
}

export interface LoginResponse {
  readonly token: string;
  /** ISO 8601; the device signs the person out at this time even when offline. */
  readonly expiresAt: string;
  readonly staff: StaffPrincipal;
}

export interface MeResponse {
  readonly staff: StaffPrincipal;
  readonly expiresAt: string;
}

export const STAFF_API = {
  login: '/api/v1/staff/login',
  logout: '/api/v1/staff/logout',
  me: '/api/v1/staff/me',
  audit: '/api/v1/staff/audit',
} as const;

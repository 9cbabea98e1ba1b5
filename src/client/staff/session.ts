// The signed-in staff member on this device, as Solid signals over the local store, so every
// tab agrees. The session ends at its expiry time even offline, or when the server refuses it.

import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import type { StaffAction, StaffPrincipal } from '../../domain/staff';
import { can } from '../../domain/staff';
import type { FieldIssue } from '../../domain/validation';
import { createLiveQuery } from '../store/live';
import { outboxStats } from '../store/priorities';
import { clearStaffData, readStaffSession, type StoredStaffSession, writeStaffSession } from '../store/staff';
import { confirmSession, requestSignIn, requestSignOut } from '../sync/staff-api';

export type SignInResult = { ok: true } | { ok: false; message: string; issues: readonly FieldIssue[] };

export interface SignOutResult {
  /** Priorities still waiting to send: they stay on the device and keep syncing. */
  readonly stillWaiting: number;
}

export interface StaffSession {
  /** The signed-in person while the session is live. */
  readonly staff: Accessor<StaffPrincipal | undefined>;
  /** Who was signed in when a session ended by itself (expiry or refusal), until they act. */
  readonly ended: Accessor<StaffPrincipal | undefined>;
  readonly expiresAt: Accessor<string | undefined>;
  readonly can: (action: StaffAction) => boolean;
  signIn(username: string, password: string): Promise<SignInResult>;
  signOut(): Promise<SignOutResult>;
}

export function createStaffSession(): StaffSession {
  const stored = createLiveQuery<StoredStaffSession | undefined>(readStaffSession, undefined);
  const [now, setNow] = createSignal(Date.now());
  // Re-check expiry every 30 s: the clock, not a network answer, ends a session offline.
  const tick = setInterval(() => setNow(Date.now()), 30_000);
  // At start and whenever the network returns, check the server still honours the session
  // (an administrator may have disabled the account or it may have signed out elsewhere).
  const confirm = () =>
    void readStaffSession().then((s) => {
      if (s && !s.endedAt && navigator.onLine) return confirmSession(s.token);
    });
  confirm();
  window.addEventListener('online', confirm);
  onCleanup(() => {
    clearInterval(tick);
    window.removeEventListener('online', confirm);
  });

  const live = createMemo(() => {
    const s = stored();
    return s && !s.endedAt && Date.parse(s.expiresAt) > now() ? s : undefined;
  });
  const staff = () => live()?.staff;
  const ended = () => (stored() && !live() ? stored()?.staff : undefined);

  return {
    staff,
    ended,
    expiresAt: () => live()?.expiresAt,
    can: (action) => {
      const who = staff();
      return who !== undefined && can(who.role, action);
    },
    async signIn(username, password) {
      const answer = await requestSignIn(username, password);
      if (answer.kind !== 'ok') return { ok: false, message: answer.message, issues: answer.issues };
      // A different person signing in on a shared device must not inherit the last one's data.
      const previous = await readStaffSession();
      if (previous && previous.staff.id !== answer.session.staff.id) await clearStaffData();
      await writeStaffSession(answer.session);
      setNow(Date.now());
      return { ok: true };
    },
    async signOut() {
      const s = await readStaffSession();
      if (s && !s.endedAt) await requestSignOut(s.token).catch(() => undefined);
      await clearStaffData();
      return { stillWaiting: (await outboxStats()).waiting };
    },
  };
}

// Staff sign-in and sign-out against the consultation store.

import { type LoginResponse, type MeResponse, STAFF_API } from '../../domain/staff';
import type { FieldIssue } from '../../domain/validation';
import { getJson, postJson } from './http';
import { explainRefusal } from './refusal';

export type SignInAnswer =
  | { kind: 'ok'; session: LoginResponse }
  | { kind: 'refused'; message: string; issues: readonly FieldIssue[] }
  | { kind: 'offline'; message: string; issues: readonly FieldIssue[] };

export async function requestSignIn(username: string, password: string): Promise<SignInAnswer> {
  const answer = await postJson<LoginResponse>(STAFF_API.login, { username, password }, { auth: 'none' });
  if (answer.kind === 'ok') return { kind: 'ok', session: answer.body };
  const { message, issues } = explainRefusal(answer);
  return { kind: answer.kind === 'retryable' ? 'offline' : 'refused', message, issues };
}

/** Best effort: the device forgets the session either way; the server's copy then expires. */
export async function requestSignOut(token: string): Promise<void> {
  await postJson<null>(STAFF_API.logout, {}, { auth: { token }, timeoutMs: 5_000 });
}

/**
 * Asks the server whether the held session is still good. A 401 marks it ended (in http.ts);
 * offline or a server error changes nothing, so staff keep working offline until expiry.
 */
export async function confirmSession(token: string): Promise<void> {
  await getJson<MeResponse>(STAFF_API.me, { auth: { token }, timeoutMs: 10_000 });
}

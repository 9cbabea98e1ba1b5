// The staff sign-in form: labelled fields, an error summary naming what to fix when it fails,
// nothing stored but the session the server gives back.
import { createSignal } from 'solid-js';
import type { FieldIssue } from '../../../domain/validation';
import type { StaffSession } from '../../staff/session';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError } from '../../ui/FieldError';
import { createFormErrors } from '../../ui/field-errors';

const FIELDS = { username: 'staff-username', password: 'staff-password' } as const;

export function StaffSignIn(props: { session: StaffSession; onSignedIn?: () => void }) {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(FIELDS);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const missing: FieldIssue[] = [];
    if (!username().trim()) missing.push({ path: 'username', message: 'Enter your username.' });
    if (!password()) missing.push({ path: 'password', message: 'Enter your password.' });
    errors.show(missing);
    if (missing.length > 0) return;
    setBusy(true);
    props.onSignedIn?.();
    const result = await props.session.signIn(username(), password());
    setBusy(false);
    setPassword('');
    if (result.ok) return errors.clear();
    // Wrong details name no one field: the summary says so and the password is asked again.
    errors.show(result.issues.length > 0 ? result.issues : [{ path: '', message: result.message }]);
  }

  return (
    <form class="staff-sign-in" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Staff sign-in</h2>
      <ErrorSummary lines={errors.summary()} attempt={errors.attempt()} />
      <p class="hint">
        For neighbourhood officers, PCSOs, analysts and administrators. Residents do not need an account.
      </p>
      <label for="staff-username">Username</label>
      <FieldError fieldId={FIELDS.username} message={errors.messageFor('username')} />
      <input
        id="staff-username"
        type="text"
        autocomplete="username"
        autocapitalize="none"
        spellcheck={false}
        value={username()}
        {...errors.fieldProps('username')}
        onInput={(e) => setUsername(e.currentTarget.value)}
      />
      <label for="staff-password">Password</label>
      <FieldError fieldId={FIELDS.password} message={errors.messageFor('password')} />
      <input
        id="staff-password"
        type="password"
        autocomplete="current-password"
        value={password()}
        {...errors.fieldProps('password')}
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

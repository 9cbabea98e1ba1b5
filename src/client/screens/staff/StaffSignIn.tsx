// The staff sign-in form: labelled fields, one clear message when it fails, nothing stored
// but the session the server gives back.
import { createSignal, Show } from 'solid-js';
import type { StaffSession } from '../../staff/session';

export function StaffSignIn(props: { session: StaffSession }) {
  const [username, setUsername] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    if (!username().trim() || !password()) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError('');
    const result = await props.session.signIn(username(), password());
    setBusy(false);
    setPassword('');
    if (!result.ok) setError(result.message);
  }

  return (
    <form class="staff-sign-in" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">Staff sign-in</h2>
      <p class="hint">
        For neighbourhood officers, PCSOs, analysts and administrators. Residents do not need an account.
      </p>
      <label for="staff-username">Username</label>
      <input
        id="staff-username"
        type="text"
        autocomplete="username"
        autocapitalize="none"
        spellcheck={false}
        value={username()}
        aria-invalid={error() !== '' ? true : undefined}
        aria-describedby="sign-in-error"
        onInput={(e) => setUsername(e.currentTarget.value)}
      />
      <label for="staff-password">Password</label>
      <input
        id="staff-password"
        type="password"
        autocomplete="current-password"
        value={password()}
        aria-invalid={error() !== '' ? true : undefined}
        aria-describedby="sign-in-error"
        onInput={(e) => setPassword(e.currentTarget.value)}
      />
      <p id="sign-in-error" class="error" role="alert">
        <Show when={error()}>{error()}</Show>
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

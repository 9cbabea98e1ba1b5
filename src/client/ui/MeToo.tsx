// "Me too" on one published priority: the button, then what happened to this device's support.
import { createSignal, Match, Switch } from 'solid-js';
import type { PublicPriority } from '../../domain/public';
import { usePublicSet } from '../public/public-set';

export function supportText(p: PublicPriority): string {
  if (p.supportCount === 0) return 'No one has backed this yet';
  if (p.supportCount === null) return 'Backed by fewer than 5 people so far';
  return `Backed by ${p.supportCount} people`;
}

export function MeTooButton(props: {
  priority: PublicPriority;
  describedBy?: string;
  onBacked?: () => void;
}) {
  const set = usePublicSet();
  const [busy, setBusy] = createSignal(false);
  const mine = () => set.supports().get(props.priority.id);

  async function back() {
    setBusy(true);
    try {
      await set.meToo(props.priority);
      props.onBacked?.();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="me-too" aria-live="polite">
      <Switch
        fallback={
          <button
            type="button"
            class="secondary"
            disabled={busy()}
            aria-describedby={props.describedBy}
            onClick={back}
          >
            Me too
          </button>
        }
      >
        <Match when={mine()?.syncState === 'waiting'}>
          <p class="state state-waiting">You back this · waiting to send</p>
        </Match>
        <Match when={mine()?.syncState === 'sent'}>
          <p class="state state-sent">You back this · counted</p>
        </Match>
        <Match when={mine()?.syncState === 'rejected'}>
          <p class="state state-rejected">Your support was not counted: {mine()?.rejectReason}</p>
        </Match>
      </Switch>
    </div>
  );
}

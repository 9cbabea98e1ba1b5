// Connectivity and unsynced work at a glance, in words, not only colour.
import { Show } from 'solid-js';
import type { OutboxStats } from '../store/priorities';
import type { SyncStatus } from '../sync/engine';
import { ageText } from '../ui/age-text';

export function SyncBadge(props: { online: boolean; status: SyncStatus; outbox: OutboxStats }) {
  const text = () => {
    if (props.status.phase === 'update-required') return props.status.message ?? 'Please update the app.';
    const where = props.online ? 'Online' : 'Offline';
    if (props.outbox.waiting === 0) return `${where} · everything sent`;
    return `${where} · ${props.outbox.waiting} waiting to send (${ageText(props.outbox.oldestQueuedAt)})`;
  };
  return (
    <p class={`sync-badge ${props.online ? 'online' : 'offline'}`} role="status" aria-live="polite">
      {text()}
      <Show when={props.status.phase === 'syncing'}>
        <span class="visually-hidden"> Sending…</span>
      </Show>
    </p>
  );
}

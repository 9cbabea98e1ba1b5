// Connectivity and unsynced work at a glance, in words, not only colour.
import { Show } from 'solid-js';
import { t } from '../i18n/i18n';
import type { OutboxStats } from '../store/priorities';
import type { SyncStatus } from '../sync/engine';
import { ageOf } from '../ui/age-text';

export function SyncBadge(props: { online: boolean; status: SyncStatus; outbox: OutboxStats }) {
  const text = () => {
    if (props.status.phase === 'update-required') return props.status.message ?? t('sync.updateApp');
    const online = props.online ? 'yes' : 'no';
    if (props.outbox.waiting === 0) return t('sync.allSent', { online });
    return t('sync.waiting', { online, count: props.outbox.waiting, ...ageOf(props.outbox.oldestQueuedAt) });
  };
  return (
    <p class={`sync-badge ${props.online ? 'online' : 'offline'}`} role="status" aria-live="polite">
      {text()}
      <Show when={props.status.phase === 'syncing'}>
        <span class="visually-hidden"> {t('sync.sending')}</span>
      </Show>
    </p>
  );
}

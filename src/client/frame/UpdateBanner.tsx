// Offers a new app version: the person chooses when to reload, and is told nothing is lost.
import { Show } from 'solid-js';
import { t } from '../i18n/i18n';
import type { AppUpdate } from '../update';

export function UpdateBanner(props: { update: AppUpdate }) {
  return (
    <Show when={props.update.ready()}>
      <div class="update-banner" role="status">
        <p>{t('update.ready')}</p>
        <button type="button" class="secondary" onClick={() => void props.update.apply()}>
          {t('update.reload')}
        </button>
      </div>
    </Show>
  );
}

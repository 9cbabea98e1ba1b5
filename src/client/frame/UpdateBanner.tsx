// Offers a new app version: the person chooses when to reload, and is told nothing is lost.
import { Show } from 'solid-js';
import type { AppUpdate } from '../update';

export function UpdateBanner(props: { update: AppUpdate }) {
  return (
    <Show when={props.update.ready()}>
      <div class="update-banner" role="status">
        <p>A new version of the app is ready. Your draft and anything waiting to send are kept.</p>
        <button type="button" class="secondary" onClick={() => void props.update.apply()}>
          Reload to update
        </button>
      </div>
    </Show>
  );
}

// "My priorities": what this device has recorded and how far each has got.
import { For, Show } from 'solid-js';
import { themeLabel } from '../../domain/taxonomy/themes';
import type { LocalPriority } from '../store/db';
import type { WardCollection } from '../sync/reference-data';

const STATE_TEXT = { waiting: 'Waiting to send', sent: 'Sent', rejected: 'Not accepted' } as const;

function placeText(p: LocalPriority, wards: WardCollection | undefined): string {
  if (p.server?.area.wardName) return `${p.server.area.wardName} ward`;
  if (p.server?.outsideArea) return 'Outside the partnership area';
  if (p.place.kind === 'area-unit') {
    const code = p.place.areaCode;
    const ward = wards?.features.find((f) => f.properties.code === code)?.properties.name;
    return [ward ? `${ward} ward` : code, p.place.landmark].filter(Boolean).join(', ');
  }
  return p.place.kind === 'point' ? 'Pinned on the map' : 'Area drawn on the map';
}

export function MyPriorities(props: { priorities: LocalPriority[]; wards: WardCollection | undefined }) {
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">My priorities</h2>
      <Show
        when={props.priorities.length > 0}
        fallback={<p>You have not recorded any priorities on this device yet.</p>}
      >
        <ul class="priority-list" aria-label="Priorities recorded on this device">
          <For each={props.priorities}>
            {(p) => (
              <li class="priority-item">
                <h3>{themeLabel(p.themeKey)}</h3>
                <Show when={p.description}>
                  <p>{p.description}</p>
                </Show>
                <p class="meta">
                  {placeText(p, props.wards)} · {new Date(p.createdAt).toLocaleDateString('en-GB')}
                </p>
                <p class={`state state-${p.syncState}`}>
                  <span class="visually-hidden">Status: </span>
                  {STATE_TEXT[p.syncState]}
                  <Show when={p.syncState === 'rejected' && p.rejectReason}>: {p.rejectReason}</Show>
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

// One line of the moderation list: what it is about, where and how it came in, and (where
// several may be approved at once) a box to select it. Text flagged for personal details is
// approved on its own, after the officer has read it.
import { Show } from 'solid-js';
import type { ModerationItem } from '../../../../domain/moderation';
import type { Channel } from '../../../../domain/priority';
import { themeText } from '../../../i18n/theme-text';
import { formatDate } from '../../../ui/dates';
import { CHANNEL_LABELS } from '../../../ui/labels';
import { residentsText } from './ItemFacts';

export function QueueRow(props: {
  item: ModerationItem;
  current: boolean;
  selectable: boolean;
  picked: boolean;
  onPick: (picked: boolean) => void;
  onChoose: () => void;
}) {
  const id = () => props.item.id;
  const flagged = () => props.item.personalDetails.length > 0;
  const text = () => props.item.description.slice(0, 90) || 'No description';
  return (
    <li class="moderation-row" classList={{ current: props.current }}>
      <Show when={props.selectable}>
        <input
          type="checkbox"
          id={`pick-${id()}`}
          checked={props.picked && !flagged()}
          disabled={flagged()}
          aria-label={`Select ${themeText(props.item.themeKey)}: ${text()}`}
          aria-describedby={flagged() ? `flag-${id()}` : undefined}
          onChange={(e) => props.onPick(e.currentTarget.checked)}
        />
      </Show>
      <div>
        <a
          id={`row-${id()}`}
          href={`?status=${props.item.status}&item=${id()}`}
          aria-current={props.current ? 'true' : undefined}
          onClick={(e) => {
            e.preventDefault();
            props.onChoose();
          }}
        >
          <strong>{themeText(props.item.themeKey)}</strong>: {text()}
        </a>
        <p class="meta">
          {props.item.wardName ? `${props.item.wardName} ward` : 'No ward'} ·{' '}
          {CHANNEL_LABELS[props.item.channel as Channel] ?? props.item.channel} ·{' '}
          {residentsText(props.item.supportCount)} · {formatDate(props.item.createdAt)}
        </p>
        <Show when={flagged() && props.selectable}>
          <p class="meta" id={`flag-${id()}`}>
            May contain personal details: open it and approve it on its own.
          </p>
        </Show>
      </div>
    </li>
  );
}

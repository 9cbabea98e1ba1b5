// What the officer needs to judge one priority: how it came in, the residents it stands for,
// who recorded it (staff only), when, who raised it and where, in words and on a small map.
import { lazy, Show, Suspense } from 'solid-js';
import type { ModerationItem } from '../../../../domain/moderation';
import type { Channel, DayOfWeek, RespondentType, TimeOfDay } from '../../../../domain/priority';
import { useApp } from '../../../frame/app-state';
import { formatDateTime } from '../../../ui/dates';
import { CHANNEL_LABELS, DAY_LABELS, RESPONDENT_STAFF_LABELS, TIME_OF_DAY_LABELS } from '../../../ui/labels';

const PlaceMap = lazy(() => import('./PlaceMap'));

export const residentsText = (n: number) => (n === 1 ? '1 resident' : `${n} residents`);

/** The place in words: the map's text alternative, and all there is for a place without a pin. */
export function placeText(item: ModerationItem): string {
  const ward = item.wardName ? `${item.wardName} ward` : 'no ward (outside the partnership’s wards)';
  if (item.placeKind === 'point') return `A pin in ${ward}.`;
  if (item.placeKind === 'area') return `An area drawn in ${ward}.`;
  if (item.placeKind === 'neighbourhood' && item.neighbourhoodName)
    return `The ${item.neighbourhoodName} police neighbourhood, counted in ${ward}; no pin.`;
  return `${item.wardName ? `${item.wardName} ward` : 'No ward'} as a whole; no pin.`;
}

function whenText(item: ModerationItem): string {
  const times = item.timesOfDay.map((t) => TIME_OF_DAY_LABELS[t as TimeOfDay] ?? t);
  const days = item.days.map((d) => DAY_LABELS[d as DayOfWeek] ?? d);
  if (times.length === 0 && days.length === 0) return 'Not said';
  return [times.join(', '), days.join(', ')].filter(Boolean).join('; ');
}

export function ItemFacts(props: { item: ModerationItem }) {
  const app = useApp();
  const item = () => props.item;
  const hasMap = () => item().point !== null || item().outline !== null;
  return (
    <div class="moderation-facts">
      <dl>
        <dt>How it came in</dt>
        <dd>{CHANNEL_LABELS[item().channel as Channel] ?? item().channel}</dd>
        <dt>Residents it stands for</dt>
        <dd>{residentsText(item().supportCount)}</dd>
        <Show when={item().recordedByName}>
          <dt>Recorded by</dt>
          <dd>{item().recordedByName}</dd>
        </Show>
        <dt>Raised</dt>
        <dd>{formatDateTime(item().createdAt)}</dd>
        <dt>When it happens</dt>
        <dd>{whenText(item())}</dd>
        <dt>Who raised it</dt>
        <dd>{RESPONDENT_STAFF_LABELS[item().respondentType as RespondentType] ?? item().respondentType}</dd>
        <dt>Place</dt>
        <dd>{placeText(item())}</dd>
        <Show when={item().landmark}>
          <dt>Landmark</dt>
          <dd>{item().landmark}</dd>
        </Show>
      </dl>
      <Show when={hasMap() && app.session.config()}>
        {(config) => (
          <Suspense fallback={<p class="meta">Loading the map…</p>}>
            <PlaceMap
              config={config()}
              point={item().point}
              outline={item().outline}
              label={`Map: ${placeText(item())}`}
            />
          </Suspense>
        )}
      </Show>
    </div>
  );
}

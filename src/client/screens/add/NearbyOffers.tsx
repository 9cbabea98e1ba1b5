// On the capture screen: once a pin and a theme are chosen, published priorities of the same
// theme nearby (from the copy on the device, so it works offline) are offered for "me too"
// instead of a duplicate. Loaded on first use, with "me too", to keep the first paint small.
import { createMemo, For, Show } from 'solid-js';
import type { Place } from '../../../domain/priority';
import { distanceMetres, type PublicPriority } from '../../../domain/public';
import { usePublicSet } from '../../public/public-set';
import { MeTooButton, supportText } from '../../ui/MeToo';
import '../priorities/public-priorities.css';
import { themeText } from '../../i18n/theme-text';

const MAX_OFFERS = 3;

export function nearbySameTheme(
  items: readonly PublicPriority[],
  at: readonly [number, number],
  themeKey: string,
  radiusMetres: number,
): { priority: PublicPriority; metres: number }[] {
  const found: { priority: PublicPriority; metres: number }[] = [];
  for (const p of items) {
    if (p.themeKey !== themeKey || p.place.kind !== 'point') continue;
    const metres = distanceMetres(at, p.place.coordinates);
    if (metres <= radiusMetres) found.push({ priority: p, metres });
  }
  return found.sort((a, b) => a.metres - b.metres).slice(0, MAX_OFFERS);
}

export default function NearbyOffers(props: {
  place: Place | undefined;
  themeKey: string;
  radiusMetres: number;
}) {
  const set = usePublicSet();
  const offers = createMemo(() => {
    const place = props.place;
    if (place?.kind !== 'point' || !props.themeKey) return [];
    return nearbySameTheme(set.items(), place.geometry.coordinates, props.themeKey, props.radiusMetres);
  });
  return (
    <>
      <p class="visually-hidden" role="status" aria-live="polite">
        {offers().length > 0
          ? `${offers().length} similar priorities already raised nearby, listed above the form.`
          : ''}
      </p>
      <Show when={offers().length > 0}>
        <section class="nearby-offers" aria-labelledby="nearby-heading">
          <h3 id="nearby-heading">Already raised nearby</h3>
          <p class="hint">
            {themeText(props.themeKey)} has already been raised within {props.radiusMetres} m. If one of these
            is what you mean, say "Me too" instead of adding it again.
          </p>
          <ul class="priority-list" aria-label="Published priorities nearby">
            <For each={offers()}>
              {(o) => (
                <li class="priority-item">
                  <p id={`near-${o.priority.id}`}>
                    {o.priority.description || themeText(o.priority.themeKey)}{' '}
                    <span class="meta">
                      (about {Math.max(50, Math.round(o.metres / 50) * 50)} m away · {supportText(o.priority)}
                      )
                    </span>
                  </p>
                  <MeTooButton priority={o.priority} describedBy={`near-${o.priority.id}`} />
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </>
  );
}

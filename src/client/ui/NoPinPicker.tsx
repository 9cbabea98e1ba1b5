// No pin: choose a ward, or one of the CSP's police neighbourhoods where the store holds them,
// from a list, and optionally name a street or landmark — the accessible path and the
// privacy-preserving one. Both lists are the ones kept on the device, so it works offline.
// Loaded on demand (and precached for offline): the shell's gzip budget has no room for it.

import { For, type JSX, Show } from 'solid-js';
import type { Place } from '../../domain/priority';
import type { AreaCollection } from '../sync/reference-data';
import { FieldError } from './FieldError';
import { errorId } from './field-errors';
import { PersonalDetailsCheck } from './PersonalDetailsCheck';

/** An option's value: a ward's code, or this prefix and a police neighbourhood's code. */
const NEIGHBOURHOOD = 'neighbourhood:';

const byName = (areas: AreaCollection | undefined) =>
  [...(areas?.features ?? [])].map((f) => f.properties).sort((a, b) => a.name.localeCompare(b.name));

export default function NoPinPicker(props: {
  wards: AreaCollection | undefined;
  neighbourhoods: AreaCollection | undefined;
  place: Place | undefined;
  onPlace: (place: Place | undefined) => void;
  error?: string;
}) {
  const chosen = () =>
    props.place?.kind === 'area-unit' || props.place?.kind === 'neighbourhood' ? props.place : undefined;
  const value = () => {
    const c = chosen();
    if (!c) return '';
    return c.kind === 'neighbourhood' ? `${NEIGHBOURHOOD}${c.neighbourhoodCode}` : c.areaCode;
  };
  const landmark = () => chosen()?.landmark ?? '';
  const neighbourhoods = () => byName(props.neighbourhoods);
  const withNeighbourhoods = () => neighbourhoods().length > 0;

  function choose(option: string, text: string) {
    if (!option) return props.onPlace(undefined);
    const named = text ? { landmark: text } : {};
    props.onPlace(
      option.startsWith(NEIGHBOURHOOD)
        ? { kind: 'neighbourhood', neighbourhoodCode: option.slice(NEIGHBOURHOOD.length), ...named }
        : { kind: 'area-unit', areaCode: option, ...named },
    );
  }

  // selected per option: the lists can arrive after a restored draft chose one.
  const options = (areas: { code: string; name: string }[], prefix: string, suffix: string): JSX.Element => (
    <For each={areas}>
      {(area) => (
        <option value={`${prefix}${area.code}`} selected={`${prefix}${area.code}` === value()}>
          {area.name}
          {suffix}
        </option>
      )}
    </For>
  );

  return (
    <>
      <label for="ward-select">
        {withNeighbourhoods()
          ? 'Or choose a ward or police neighbourhood instead of a pin'
          : 'Or choose a ward instead of a pin'}
      </label>
      <FieldError fieldId="ward-select" message={props.error ?? ''} />
      <select
        id="ward-select"
        value={value()}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={
          [withNeighbourhoods() && 'no-pin-hint', props.error && errorId('ward-select')]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => choose(e.currentTarget.value, landmark())}
      >
        <option value="">
          {withNeighbourhoods() ? 'No ward or neighbourhood chosen' : 'No ward chosen'}
        </option>
        <Show when={withNeighbourhoods()} fallback={options(byName(props.wards), '', '')}>
          <optgroup label="Wards">{options(byName(props.wards), '', '')}</optgroup>
          <optgroup label="Police neighbourhoods">
            {options(neighbourhoods(), NEIGHBOURHOOD, ' (police neighbourhood)')}
          </optgroup>
        </Show>
      </select>
      <Show when={withNeighbourhoods()}>
        <p id="no-pin-hint" class="hint">
          A police neighbourhood is counted in the ward it mostly covers.
        </p>
      </Show>
      <Show when={chosen()}>
        <label for="landmark">Street or landmark (optional)</label>
        <input
          id="landmark"
          type="text"
          maxLength={200}
          value={landmark()}
          aria-describedby="landmark-details"
          onInput={(e) => choose(value(), e.currentTarget.value)}
        />
        <PersonalDetailsCheck
          id="landmark-details"
          text={landmark()}
          onChange={(text) => choose(value(), text)}
        />
      </Show>
    </>
  );
}

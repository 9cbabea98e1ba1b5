// The boundaries a map draws — wards, or the CSP's police neighbourhoods where the store holds
// them — and the switch between the two. Loaded with the map, not the app shell; the names of
// the pin's ward and neighbourhood (WhichWard) are the non-map path to the same information.
import type L from 'leaflet';
import { createEffect, createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import { type BoundaryStyle, makeWardLayer, WARD_STYLE } from '../map/ward-layer';
import type { NeighbourhoodCollection, WardCollection } from '../sync/reference-data';

type Shown = 'wards' | 'neighbourhoods';
// One choice for every map in the app, so the capture map and the map of priorities agree.
const [choice, setChoice] = createSignal<Shown>('wards');

const neighbourhoodStyle = (attribution: string | undefined): BoundaryStyle => ({
  kind: 'neighbourhood',
  // Dashed and another colour, so the two kinds are told apart without relying on colour alone.
  path: { color: '#5b2a86', weight: 2, dashArray: '6 4', fillColor: '#5b2a86', fillOpacity: 0.04 },
  ...(attribution ? { attribution } : {}),
});

export default function BoundaryLayers(props: {
  map: L.Map | undefined;
  wards: WardCollection | undefined;
  neighbourhoods: NeighbourhoodCollection | undefined;
}) {
  const name = createUniqueId();
  const hasNeighbourhoods = () => (props.neighbourhoods?.features.length ?? 0) > 0;
  const shown = (): Shown =>
    hasNeighbourhoods() && choice() === 'neighbourhoods' ? 'neighbourhoods' : 'wards';
  let layer: L.GeoJSON | undefined;
  createEffect(() => {
    const map = props.map;
    const areas = shown() === 'neighbourhoods' ? props.neighbourhoods : props.wards;
    const attribution = (props.neighbourhoods as { attribution?: string } | undefined)?.attribution;
    layer?.remove();
    layer =
      map && areas
        ? makeWardLayer(
            areas,
            shown() === 'neighbourhoods' ? neighbourhoodStyle(attribution) : WARD_STYLE,
          ).addTo(map)
        : undefined;
  });
  onCleanup(() => layer?.remove());

  return (
    <Show when={hasNeighbourhoods()}>
      <fieldset class="boundary-switch">
        <legend>Boundaries on the map</legend>
        <label>
          <input type="radio" name={name} checked={shown() === 'wards'} onChange={() => setChoice('wards')} />{' '}
          Wards
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={shown() === 'neighbourhoods'}
            onChange={() => setChoice('neighbourhoods')}
          />{' '}
          Police neighbourhoods
        </label>
      </fieldset>
    </Show>
  );
}

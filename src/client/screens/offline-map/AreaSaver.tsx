// Choose a ward or police neighbourhood and zoom levels, see the tile count and size up front,
// then save with a progress bar and a cancel button. Refuses areas over the configured cap.
import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { TileConfig } from '../../../domain/areas';
import { countTiles, zoomList } from '../../../domain/tiles';
import { type AreaDownloadProgress, downloadArea } from '../../map/area-download';
import { formatBytes } from '../../map/tile-store';
import { SaveProgress } from './SaveProgress';

export interface SaveableArea {
  readonly kind: 'ward' | 'neighbourhood';
  readonly code: string;
  readonly name: string;
  readonly bbox: readonly [number, number, number, number];
}

const ZoomOptions = (props: { from: number; to: number }) => (
  <For each={Array.from({ length: props.to - props.from + 1 }, (_, i) => props.from + i)}>
    {(z) => <option value={z}>{z}</option>}
  </For>
);

/** Below this zoom a ward is a few tiles; the basemap's lowest zooms come with viewing. */
const LOWEST_USEFUL_ZOOM = 10;

export function AreaSaver(props: { tiles: TileConfig; areas: SaveableArea[]; onChanged: () => void }) {
  const low = () => Math.max(props.tiles.minZoom, LOWEST_USEFUL_ZOOM);
  const [areaCode, setAreaCode] = createSignal('');
  const [from, setFrom] = createSignal(Math.min(Math.max(low(), 13), props.tiles.maxZoom));
  const [to, setTo] = createSignal(Math.min(16, props.tiles.maxZoom));
  const [progress, setProgress] = createSignal<AreaDownloadProgress>();
  const [message, setMessage] = createSignal('');
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  const area = () => props.areas.find((a) => a.code === areaCode());
  const ofKind = (kind: SaveableArea['kind']) => props.areas.filter((a) => a.kind === kind);
  const withNeighbourhoods = () => ofKind('neighbourhood').length > 0;
  const AreaOptions = (p: { kind: SaveableArea['kind'] }) => (
    <For each={ofKind(p.kind)}>{(a) => <option value={a.code}>{a.name}</option>}</For>
  );
  const zooms = () => zoomList(from(), to());
  const count = () => {
    const a = area();
    return a ? countTiles(a.bbox, zooms()) : 0;
  };
  const tooMany = () => count() > props.tiles.bulkDownloadMaxTiles;
  const running = () => progress() !== undefined;

  async function save() {
    const a = area();
    if (!a || tooMany()) return;
    controller = new AbortController();
    setMessage('');
    setProgress({ total: count(), done: 0, failed: 0 });
    try {
      const result = await downloadArea({
        template: props.tiles.urlTemplate,
        bbox: a.bbox,
        zooms: zooms(),
        signal: controller.signal,
        onProgress: setProgress,
      });
      const saved = result.saved;
      setMessage(
        result.outcome === 'cancelled'
          ? `Cancelled. ${saved} of ${result.total} tiles for ${a.name} were saved and are kept.`
          : saved < result.total
            ? `Saved ${saved} of ${result.total} tiles for ${a.name}; ${result.total - saved} could not be fetched. Try again to fetch the rest.`
            : `${a.name} is saved for offline use (${result.total} tiles).`,
      );
    } catch (error) {
      setMessage(
        `Saving stopped: ${error instanceof Error ? error.message : String(error)}. Free some space or choose fewer zoom levels.`,
      );
    } finally {
      controller = undefined;
      setProgress(undefined);
      props.onChanged();
    }
  }

  return (
    <div class="area-saver">
      <h3>Save an area for offline use</h3>
      <label for="save-area">
        {withNeighbourhoods() ? 'Ward or police neighbourhood to save' : 'Ward to save'}
      </label>
      <select
        id="save-area"
        value={areaCode()}
        disabled={running()}
        onChange={(e) => setAreaCode(e.currentTarget.value)}
      >
        <option value="">{withNeighbourhoods() ? 'Choose a ward or neighbourhood' : 'Choose a ward'}</option>
        <Show when={withNeighbourhoods()} fallback={<AreaOptions kind="ward" />}>
          <optgroup label="Wards">
            <AreaOptions kind="ward" />
          </optgroup>
          <optgroup label="Police neighbourhoods">
            <AreaOptions kind="neighbourhood" />
          </optgroup>
        </Show>
      </select>
      <div class="zoom-range">
        <div>
          <label for="save-from">From zoom level</label>
          <select
            id="save-from"
            value={from()}
            disabled={running()}
            onChange={(e) => setFrom(Number(e.currentTarget.value))}
          >
            <ZoomOptions from={low()} to={props.tiles.maxZoom} />
          </select>
        </div>
        <div>
          <label for="save-to">To zoom level (more detail)</label>
          <select
            id="save-to"
            value={to()}
            disabled={running()}
            onChange={(e) => setTo(Number(e.currentTarget.value))}
          >
            <ZoomOptions from={low()} to={props.tiles.maxZoom} />
          </select>
        </div>
      </div>
      <p class="estimate" role="status" aria-live="polite">
        <Show when={area()} fallback="Choose an area to see how much it would take.">
          {count()} tiles, about {formatBytes(count() * props.tiles.averageTileBytes)}.
          <Show when={tooMany()}>
            {' '}
            That is more than the limit of {props.tiles.bulkDownloadMaxTiles} tiles: choose a smaller area or
            fewer zoom levels.
          </Show>
        </Show>
      </p>
      <Show
        when={progress()}
        fallback={
          <button type="button" class="primary" disabled={!area() || tooMany()} onClick={save}>
            Save this area for offline use
          </button>
        }
      >
        {(p) => (
          <SaveProgress
            id="save-progress"
            label="Saving map tiles"
            max={p().total}
            value={p().done}
            onCancel={() => controller?.abort()}
          >
            {p().done} of {p().total} tiles
          </SaveProgress>
        )}
      </Show>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
    </div>
  );
}

// "Save the whole map for offline use" for a CSP that hosts its own basemap as one PMTiles
// file: its size up front, a progress bar, cancel, and removing it again.
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import {
  type ArchiveProgress,
  removeBasemapArchive,
  saveBasemapArchive,
  savedBasemapArchive,
} from '../../map/basemap-archive';
import { formatBytes } from '../../map/tile-store';
import { contentLength } from '../../sync/http';
import { SaveProgress } from './SaveProgress';

export function BasemapArchive(props: { url: string; onChanged: () => void }) {
  const [size] = createResource(() => props.url, contentLength);
  const [saved, { refetch }] = createResource(
    () => props.url,
    async (url) => (await savedBasemapArchive(url))?.size,
  );
  const [progress, setProgress] = createSignal<ArchiveProgress>();
  const [message, setMessage] = createSignal('');
  let controller: AbortController | undefined;
  onCleanup(() => controller?.abort());

  async function save() {
    controller = new AbortController();
    setMessage('');
    try {
      const ok = await saveBasemapArchive(props.url, controller.signal, setProgress);
      setMessage(
        ok
          ? 'The whole map is saved on this device and will be used with or without a signal.'
          : 'The map could not be fetched. Try again with a better signal.',
      );
    } catch (error) {
      setMessage(
        controller.signal.aborted
          ? 'Cancelled. Nothing was kept; the map still works from what you have viewed.'
          : `Saving stopped: ${error instanceof Error ? error.message : String(error)}.`,
      );
    } finally {
      controller = undefined;
      setProgress(undefined);
      await refetch();
      props.onChanged();
    }
  }

  async function remove() {
    await removeBasemapArchive();
    setMessage('The saved map was removed from this device.');
    await refetch();
    props.onChanged();
  }

  return (
    <div class="area-saver">
      <h3>Save the whole map for offline use</h3>
      <p>
        Your partnership provides its own map as a single file
        <Show when={size()}>{(s) => <> of {formatBytes(s())}</>}</Show>. Saving it lets the map show every
        street with no signal at all.
      </p>
      <Show
        when={progress()}
        fallback={
          <Show
            when={saved()}
            fallback={
              <button type="button" class="primary" onClick={save}>
                Save the whole map
              </button>
            }
          >
            {(bytes) => (
              <>
                <p class="estimate">The whole map is saved on this device ({formatBytes(bytes())}).</p>
                <button type="button" class="secondary" onClick={remove}>
                  Remove the saved map
                </button>
              </>
            )}
          </Show>
        }
      >
        {(p) => (
          <SaveProgress
            id="archive-progress"
            label="Saving the map"
            max={p().total ?? 1}
            value={p().total ? p().received : undefined}
            onCancel={() => controller?.abort()}
          >
            {formatBytes(p().received)}
            <Show when={p().total}>{(t) => <> of {formatBytes(t())}</>}</Show>
          </SaveProgress>
        )}
      </Show>
      <p class="status" role="status" aria-live="polite">
        {message()}
      </p>
    </div>
  );
}

// The progress panel shown while map data is saved for offline use (an area's tiles, a whole
// PMTiles basemap): a labelled progress bar, how far it has got in words, and "Cancel saving".
import type { JSX } from 'solid-js';

export function SaveProgress(props: {
  id: string;
  label: string;
  /** Total work; with no value the bar is indeterminate (the size is not known). */
  max: number;
  value?: number;
  /** How far it has got, in words ("12 of 40 tiles"). */
  children: JSX.Element;
  onCancel: () => void;
}) {
  return (
    <div class="download-progress">
      <label for={props.id}>{props.label}</label>
      <progress id={props.id} max={props.max} value={props.value} />
      <p class="meta">{props.children}</p>
      <button type="button" class="secondary" onClick={() => props.onCancel()}>
        Cancel saving
      </button>
    </div>
  );
}

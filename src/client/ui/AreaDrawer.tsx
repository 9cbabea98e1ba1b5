// "Draw an area": tap the corners of a street or a park on the map, or, without a pointer,
// move the map with the arrow keys and add the corner under the crosshair at its centre (the
// map's one centre cross, shared with placing a pin: Enter on the map adds a corner meanwhile).
import type L from 'leaflet';
import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { type Corner, closeRing, drawnAreaProblem, tidyCorners } from '../../domain/drawn-area';
import type { Place } from '../../domain/priority';
import { type AreaSketch, makeAreaSketch } from '../map/area-draw';
import { onCentreKey, showCentreCross } from '../map/centre-cross';
import { DRAWING_EVENT } from '../map/map-events';
import { focusSoon } from './focus';

export function placeFromCorners(corners: readonly Corner[]): Place {
  return { kind: 'area', geometry: { type: 'Polygon', coordinates: [closeRing(tidyCorners(corners))] } };
}

const cornersOf = (place: Place | undefined): Corner[] | undefined =>
  place?.kind === 'area' ? place.geometry.coordinates[0]?.slice(0, -1) : undefined;

export function AreaDrawer(props: {
  map: L.Map | undefined;
  place: Place | undefined;
  onPlace: (place: Place | undefined) => void;
  onDrawing: (drawing: boolean) => void;
}) {
  const [drawing, setDrawing] = createSignal(false);
  const [corners, setCorners] = createSignal<Corner[]>([]);
  const [problem, setProblem] = createSignal('');
  let sketch: AreaSketch | undefined;
  // Each action replaces the control that had focus, so focus moves on to the next useful one.
  let drawButton: HTMLButtonElement | undefined;
  let drawnStatus: HTMLParagraphElement | undefined;
  let addCornerButton: HTMLButtonElement | undefined;
  const focusDrawn = () => focusSoon(() => (props.place?.kind === 'area' ? drawnStatus : drawButton));

  createEffect(() => {
    const map = props.map;
    if (!map) return;
    sketch = makeAreaSketch(map);
    const onClick = (e: L.LeafletMouseEvent) => drawing() && addCorner([e.latlng.lng, e.latlng.lat]);
    map.on('click', onClick);
    showCentreCross(map);
    const stopKeys = onCentreKey(map, (c) => drawing() && addCorner([c.lng, c.lat]));
    onCleanup(() => {
      map.off('click', onClick);
      stopKeys();
      sketch?.remove();
      sketch = undefined;
    });
  });

  createEffect(() => {
    if (!props.map) return;
    if (drawing()) sketch?.showDraft(corners());
    else sketch?.showArea(cornersOf(props.place));
    props.map.getContainer().classList.toggle('drawing-area', drawing());
    props.map.fire(DRAWING_EVENT, { drawing: drawing() });
  });

  function setMode(on: boolean) {
    setDrawing(on);
    props.onDrawing(on);
  }

  function addCorner(corner: Corner) {
    setProblem('');
    setCorners(tidyCorners([...corners(), corner]));
  }

  function start() {
    setCorners([]);
    setProblem('');
    setMode(true);
    // The map is where corners are added: arrow keys move it under the centre cross.
    focusSoon(() => props.map?.getContainer());
  }

  function cancel() {
    setMode(false);
    focusDrawn();
  }

  function remove() {
    props.onPlace(undefined);
    focusSoon(() => drawButton);
  }

  function undo() {
    setCorners(corners().slice(0, -1));
    // The undo button is disabled with no corners left, which would drop focus.
    if (corners().length === 0) focusSoon(() => addCornerButton);
  }

  function finish() {
    const why = drawnAreaProblem(corners());
    if (why) return setProblem(why);
    props.onPlace(placeFromCorners(corners()));
    setMode(false);
    focusDrawn();
  }

  return (
    <div class="area-drawer">
      <Show
        when={drawing()}
        fallback={
          <Show
            when={props.place?.kind === 'area'}
            fallback={
              <button type="button" class="secondary" ref={drawButton} onClick={start}>
                Draw an area instead
              </button>
            }
          >
            <p tabindex="-1" ref={drawnStatus} class="area-drawn">
              Area drawn with {cornersOf(props.place)?.length ?? 0} corners.
            </p>
            <div class="button-row">
              <button type="button" class="secondary" onClick={start}>
                Redraw the area
              </button>
              <button type="button" class="secondary" onClick={remove}>
                Remove the area
              </button>
            </div>
          </Show>
        }
      >
        <section class="drawing-panel" aria-labelledby="drawing-heading">
          <h3 id="drawing-heading">Drawing an area</h3>
          <p class="hint">
            Tap the map at each corner of the street or park. Without a touch screen or mouse, move the map
            with the arrow keys or the move buttons and add the corner under the cross at its centre.
          </p>
          <p role="status" aria-live="polite">
            {corners().length === 1 ? '1 corner so far.' : `${corners().length} corners so far.`}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="secondary"
              ref={addCornerButton}
              onClick={() => {
                const c = props.map?.getCenter();
                if (c) addCorner([c.lng, c.lat]);
              }}
            >
              Add a corner at the centre of the map
            </button>
            <button type="button" class="secondary" disabled={corners().length === 0} onClick={undo}>
              Undo the last corner
            </button>
            <button type="button" class="secondary" onClick={finish}>
              Finish the area
            </button>
            <button type="button" class="secondary" onClick={cancel}>
              Cancel drawing
            </button>
          </div>
          <p class="error" role={problem() ? 'alert' : undefined}>
            {problem()}
          </p>
        </section>
      </Show>
    </div>
  );
}

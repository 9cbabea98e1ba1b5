// Events the map's parts fire on the Leaflet map to keep each other informed, without
// importing each other: one list, so a name is never spelt two ways.
import type L from 'leaflet';

/** The area drawer started or stopped drawing: the pin tools step aside meanwhile. */
export const DRAWING_EVENT = 'np-drawing';
export interface DrawingEvent extends L.LeafletEvent {
  readonly drawing: boolean;
}

/** Dots, clusters or the pin were drawn again: labels look again at what they might cover. */
export const MARKERS_EVENT = 'np-markers';

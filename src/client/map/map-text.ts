// Every sentence the maps show or announce, whole: the message catalogue (English and Welsh)
// will take these over. No coordinates: a person is told a place by its ward. The capture
// map's own sentences are in capture-map-text.ts, as they load with the app shell and these
// load on demand with the map's controls and the public map.

export const MAP_TEXT = {
  panNorth: 'Move the map north',
  panSouth: 'Move the map south',
  panEast: 'Move the map east',
  panWest: 'Move the map west',
  panGroup: 'Move the map',
  streetMapUnavailable: 'Street map unavailable offline here: ward boundaries only.',
  clusterMarker: (count: number) => `${count} priorities here: zoom in`,
  priorityMarker: (theme: string) => theme,
  priorityMarkerInWard: (theme: string, ward: string) => `${theme}, ${ward} ward`,
} as const;

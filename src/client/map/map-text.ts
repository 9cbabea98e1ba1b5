// Every sentence the maps show or announce, whole, in one place: the message catalogue (English
// and Welsh) will take these over. No coordinates: a person is told a place by its ward.

export const MAP_TEXT = {
  panNorth: 'Move the map north',
  panSouth: 'Move the map south',
  panEast: 'Move the map east',
  panWest: 'Move the map west',
  panGroup: 'Move the map',
  placePinAtCross: 'Place the pin at the centre cross',
  pinPlaced: 'Pin placed.',
  pinPlacedInWard: (ward: string) => `Pin placed in ${ward} ward.`,
  streetMapUnavailable: 'Street map unavailable offline here: ward boundaries only.',
  captureMap:
    'Map of the area. Tap where the problem is to place a pin, or move the map with the arrow keys or the move buttons and press Enter to place it at the centre cross. Drag the pin to adjust it.',
  clusterMarker: (count: number) => `${count} priorities here: zoom in`,
  priorityMarker: (theme: string) => theme,
  priorityMarkerInWard: (theme: string, ward: string) => `${theme}, ${ward} ward`,
} as const;

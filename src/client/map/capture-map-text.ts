// The capture map's sentences, whole (the message catalogue will take them over); with the app
// shell, as the capture map is the first screen. The other maps' sentences are in map-text.ts.

export const CAPTURE_MAP_TEXT = {
  map: 'Map of the area. Tap where the problem is to place a pin, or move the map with the arrow keys or the move buttons and press Enter to place it at the centre cross. Drag the pin to adjust it.',
  placePinAtCross: 'Place the pin at the centre cross',
  pinPlaced: 'Pin placed.',
  pinPlacedInWard: (ward: string) => `Pin placed in ${ward} ward.`,
  pinOutsideHomeIn: (home: string, ward: string) =>
    `This pin is outside ${home} ward, the meeting's ward: it is in ${ward} ward. Check it is where you meant.`,
  pinOutsideHome: (home: string) =>
    `This pin is outside ${home} ward, the meeting's ward. Check it is where you meant.`,
} as const;

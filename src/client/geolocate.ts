// "Use my location": one fix, with messages a person can act on.
export type Fix = { ok: true; lon: number; lat: number; accuracyM: number } | { ok: false; message: string };

/** Above this, a fix is too rough to pin a street: the person should adjust the pin. */
export const POOR_ACCURACY_M = 250;

export function locateOnce(timeoutMs = 15_000): Promise<Fix> {
  if (!('geolocation' in navigator)) {
    return Promise.resolve({
      ok: false,
      message: 'This device cannot share its location. Tap the map or choose a ward instead.',
    });
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) =>
        resolve({
          ok: true,
          lon: position.coords.longitude,
          lat: position.coords.latitude,
          accuracyM: Math.round(position.coords.accuracy),
        }),
      (error) =>
        resolve({
          ok: false,
          message:
            error.code === error.PERMISSION_DENIED
              ? 'Location permission was refused. Tap the map or choose a ward instead; you can allow location in your browser settings.'
              : 'Your location could not be found just now. Tap the map or choose a ward instead.',
        }),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    );
  });
}

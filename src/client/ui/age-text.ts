// How long the oldest unsent item has waited, as the parts a message needs ("oldest 5 min ago").
export interface Age {
  readonly age: 'now' | 'minutes' | 'hours' | 'days';
  readonly n: number;
}

export function ageOf(since: number | undefined, now = Date.now()): Age {
  if (since === undefined) return { age: 'now', n: 0 };
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return { age: 'now', n: 0 };
  if (minutes < 60) return { age: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? { age: 'hours', n: hours } : { age: 'days', n: Math.floor(hours / 24) };
}

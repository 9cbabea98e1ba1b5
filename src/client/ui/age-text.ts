// "oldest 5 min ago": the age of the oldest unsent item, in words.
export function ageText(since: number | undefined, now = Date.now()): string {
  if (since === undefined) return '';
  const minutes = Math.floor((now - since) / 60_000);
  if (minutes < 1) return 'oldest just now';
  if (minutes < 60) return `oldest ${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `oldest ${hours} h ago` : `oldest ${Math.floor(hours / 24)} days ago`;
}

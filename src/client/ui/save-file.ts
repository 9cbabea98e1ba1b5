// Saves text as a file the person downloads (no server round trip, works offline).
export function saveTextFile(name: string, text: string, type: string): void {
  saveBlobFile(name, new Blob([text], { type }));
}

/** Saves a downloaded file (e.g. a meeting record) under the given name. */
export function saveBlobFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

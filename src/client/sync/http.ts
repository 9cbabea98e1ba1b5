// The client's only door to the network. Every answer becomes a value, never a thrown
// surprise, so callers decide between retrying, rejecting and telling the person.
export type HttpResult<T> =
  | { kind: 'ok'; status: number; body: T }
  | { kind: 'client-error'; status: number; body: unknown }
  | { kind: 'retryable'; status: number; message: string };

export async function requestJson<T>(
  url: string,
  init: RequestInit = {},
  timeoutMs = 20_000,
): Promise<HttpResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      signal: AbortSignal.timeout(timeoutMs),
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'retryable', status: 0, message: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return { kind: 'ok', status: response.status, body: body as T };
  // 408 and 429 are the server asking for patience, not a verdict on the record.
  if (response.status >= 500 || response.status === 408 || response.status === 429 || body === undefined) {
    return { kind: 'retryable', status: response.status, message: `HTTP ${response.status}` };
  }
  return { kind: 'client-error', status: response.status, body };
}

export const postJson = <T>(url: string, payload: unknown) =>
  requestJson<T>(url, { method: 'POST', body: JSON.stringify(payload) });
export const getJson = <T>(url: string) => requestJson<T>(url);

/**
 * A file for the offline caches (map tiles, a basemap archive): a CORS response with status
 * 200, or undefined. Cancelling through the signal rejects with an AbortError.
 */
export async function fetchForCache(url: string, signal?: AbortSignal): Promise<Response | undefined> {
  try {
    const response = await fetch(url, { mode: 'cors', credentials: 'omit', signal });
    return response.ok && response.type !== 'opaque' ? response : undefined;
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

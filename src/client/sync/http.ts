// The client's only door to the network. Every answer becomes a value, never a thrown
// surprise, so callers decide between retrying, rejecting and telling the person.
// When a staff member is signed in, their session token goes with every request.
import { STORE_MARK_HEADER } from '../../domain/store-mark';
import { noteStoreMark } from '../store/kv';
import { liveStaffToken, markStaffSessionEnded } from '../store/staff';

export type HttpResult<T> =
  | { kind: 'ok'; status: number; body: T }
  | { kind: 'client-error'; status: number; body: unknown }
  | { kind: 'retryable'; status: number; message: string };

export interface RequestOptions {
  /** 'session' (default): the signed-in staff token if any; 'none': no token; or this token. */
  readonly auth?: 'session' | 'none' | { readonly token: string };
  readonly timeoutMs?: number;
}

async function tokenFor(auth: RequestOptions['auth']): Promise<string | undefined> {
  if (auth === 'none') return undefined;
  if (auth === undefined || auth === 'session') return liveStaffToken().catch(() => undefined);
  return auth.token;
}

/** Bodies smaller than this are not worth compressing. */
const COMPRESS_FROM_BYTES = 1024;

export async function requestJson<T>(
  url: string,
  init: RequestInit = {},
  options: RequestOptions = {},
): Promise<HttpResult<T>> {
  const token = await tokenFor(options.auth);
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'retryable', status: 0, message: error instanceof Error ? error.message : String(error) };
  }
  // Which run of the store answered: lets it tell this device to start over after a restore.
  const mark = response.headers.get(STORE_MARK_HEADER);
  if (mark) await noteStoreMark(mark).catch(() => undefined);
  // The server no longer knows this session (expired, signed out elsewhere, account disabled).
  if (response.status === 401 && token) await markStaffSessionEnded(token).catch(() => undefined);
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (response.ok) return { kind: 'ok', status: response.status, body: body as T };
  // 408 and 429 are the server asking for patience, not a verdict on the record.
  if (response.status >= 500 || response.status === 408 || response.status === 429 || body === undefined) {
    return { kind: 'retryable', status: response.status, message: `HTTP ${response.status}` };
  }
  return { kind: 'client-error', status: response.status, body };
}

/** gzip where the browser can (CompressionStream); plain JSON elsewhere. */
async function encodeBody(json: string): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  if (json.length < COMPRESS_FROM_BYTES || typeof CompressionStream === 'undefined') {
    return { body: json, headers: {} };
  }
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  const body = await new Response(stream).arrayBuffer();
  return { body, headers: { 'Content-Encoding': 'gzip' } };
}

export async function postJson<T>(
  url: string,
  payload: unknown,
  options?: RequestOptions,
): Promise<HttpResult<T>> {
  const { body, headers } = await encodeBody(JSON.stringify(payload));
  return requestJson<T>(url, { method: 'POST', body, headers }, options);
}

export const getJson = <T>(url: string, options?: RequestOptions) => requestJson<T>(url, {}, options);

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

export type FileResult =
  | { kind: 'ok'; status: number; blob: Blob; fileName: string }
  | { kind: 'client-error'; status: number; body: unknown }
  | { kind: 'retryable'; status: number; message: string };

/** A file download (an export): the body as a Blob and the name from Content-Disposition. */
export async function requestFile(url: string, options: RequestOptions = {}): Promise<FileResult> {
  const token = await tokenFor(options.auth);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      cache: 'no-store',
    });
  } catch (error) {
    return { kind: 'retryable', status: 0, message: error instanceof Error ? error.message : String(error) };
  }
  if (response.status === 401 && token) await markStaffSessionEnded(token).catch(() => undefined);
  if (response.ok) {
    const name =
      /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
    return { kind: 'ok', status: response.status, blob: await response.blob(), fileName: name };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status >= 500 || response.status === 408 || response.status === 429 || body === undefined)
    return { kind: 'retryable', status: response.status, message: `HTTP ${response.status}` };
  return { kind: 'client-error', status: response.status, body };
}

/** The size a server gives for a file (HEAD), or undefined when it does not say or cannot be reached. */
export async function contentLength(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(url, { method: 'HEAD', mode: 'cors', credentials: 'omit' });
    const length = Number(response.headers.get('content-length'));
    return response.ok && length > 0 ? length : undefined;
  } catch {
    return undefined;
  }
}

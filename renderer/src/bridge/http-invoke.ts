import { fail, type BridgeError, type Channel, type Invoke, type Result } from '../../../core/bridge/contract';

/** The subset of `fetch` the HTTP transport needs; injectable so tests can stand in for the network. */
export type FetchLike = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

function isBridgeError(value: unknown): value is BridgeError {
  if (typeof value !== 'object' || value === null) return false;
  const error = value as Record<string, unknown>;
  return typeof error.code === 'string' && typeof error.message === 'string';
}

/** Accepts only the two Result shapes; anything else means the server is not ours or is broken. */
function asResult(body: unknown): Result<unknown> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const candidate = body as Record<string, unknown>;
  if (candidate.ok === true && 'value' in candidate) return { ok: true, value: candidate.value };
  if (candidate.ok === false && isBridgeError(candidate.error)) return { ok: false, error: candidate.error };
  return undefined;
}

/**
 * The browser transport's `invoke`: POSTs the request as JSON to `/api/<channel>` and resolves
 * with the server's Result. It never rejects: a network failure or a reply that is not a
 * Result becomes an `unavailable` error the UI can show.
 */
export function createHttpInvoke(fetchImpl: FetchLike = (url, init) => fetch(url, init), baseUrl = '/api/'): Invoke {
  async function invoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
    let status: number;
    let text: string;
    try {
      const response = await fetchImpl(`${baseUrl}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      status = response.status;
      text = await response.text();
    } catch {
      return fail('unavailable', 'ListenFirst’s local server is not reachable. Is `npm run web` still running?');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail('unavailable', `The local server answered ${channel} with something that is not JSON (HTTP ${status}).`);
    }
    return asResult(body) ?? fail('unavailable', `The local server answered ${channel} in an unexpected shape (HTTP ${status}).`);
  }
  return invoke as Invoke;
}

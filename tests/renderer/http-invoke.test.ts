import { describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { createHttpInvoke, type FetchLike } from '../../renderer/src/bridge/http-invoke';

/** A stand-in for the network: answers every request with one status and body. */
function answering(status: number, body: string): FetchLike & { calls: Array<{ url: string; body: string }> } {
  const calls: Array<{ url: string; body: string }> = [];
  const fetchLike = (async (url, init) => {
    calls.push({ url, body: init.body });
    return { ok: status < 400, status, text: async () => body };
  }) as FetchLike & { calls: typeof calls };
  fetchLike.calls = calls;
  return fetchLike;
}

describe('HTTP transport', () => {
  it('posts the request as JSON to /api/<channel> and returns the server’s value', async () => {
    const network = answering(200, JSON.stringify({ ok: true, value: { sessions: [], quarantined: [] } }));
    const api = createApi(createHttpInvoke(network));
    await expect(api.sessions.list({ query: { status: 'finished' } })).resolves.toEqual({ ok: true, value: { sessions: [], quarantined: [] } });
    expect(network.calls).toEqual([{ url: '/api/sessions.list', body: '{"query":{"status":"finished"}}' }]);
  });

  it('passes a typed server error through unchanged, details included', async () => {
    const error = { code: 'invalid_scenario', message: 'broken.yaml has 1 problem', details: ['broken.yaml:3:5: error: bad indent'] };
    const api = createApi(createHttpInvoke(answering(400, JSON.stringify({ ok: false, error }))));
    await expect(api.scenarios.import({ fileName: 'broken.yaml', content: 'x' })).resolves.toEqual({ ok: false, error });
  });

  it('turns a network failure into an "unavailable" error instead of throwing', async () => {
    const offline: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await createApi(createHttpInvoke(offline)).settings.get({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unavailable');
      expect(result.error.message).toMatch(/not reachable/);
    }
  });

  it.each([
    ['an HTML error page', 502, '<html>Bad gateway</html>', /not JSON \(HTTP 502\)/],
    ['JSON that is not a Result', 200, '{"sessions": []}', /unexpected shape \(HTTP 200\)/],
    ['an error without a code', 500, '{"ok": false, "error": {"message": "boom"}}', /unexpected shape \(HTTP 500\)/],
    ['a success without a value', 200, '{"ok": true}', /unexpected shape/],
  ])('reports %s as "unavailable", naming the channel', async (_what, status, body, message) => {
    const result = await createApi(createHttpInvoke(answering(status, body))).sessions.get({ id: 'abc' });
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(message) } });
    if (!result.ok) expect(result.error.message).toContain('sessions.get');
  });
});

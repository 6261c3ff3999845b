import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startWebServer, WebServerError, type WebServer } from '../../../cli/web';
import { validateScenarioFile } from '../../../electron/services/scenario-validation';
import { meta, snapshotTree, tempDataDir } from '../services/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let server: WebServer;
let rendererDir: string;

interface Raw { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A raw HTTP request, so tests control Host and Origin exactly (fetch would fill them in). */
function raw(path: string, { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method, setHost: false, headers: { Host: `127.0.0.1:${server.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const api = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  raw(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(payload) });

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>ListenFirst</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("hi")');
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  await mkdir(join(dir, 'scenarios-bundled'));
  server = await startWebServer({ port: 0, dataDir: join(dir, 'data'), rendererDir, scenariosDir: join(dir, 'scenarios-bundled') });
});
afterEach(async () => {
  await server.close();
  await cleanup();
});

describe('web transport', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('answers a bridge channel with the same Result the Electron bridge gives', async () => {
    const started = await api('sessions.start', { meta: meta('web-1') });
    expect(started.status).toBe(200);
    expect(JSON.parse(started.body)).toEqual({ ok: true, value: { id: 'web-1' } });
    const listed = await api('sessions.list', {}, { Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` });
    expect(JSON.parse(listed.body)).toMatchObject({ ok: true, value: { sessions: [{ id: 'web-1', status: 'in_progress' }] } });
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { transport: 'http', dataDir: join(dir, 'data') } });
  });

  it('dismisses a quarantine notice over HTTP and leaves the quarantined file in place', async () => {
    await writeFile(join(dir, 'data', 'sessions', 'damaged.json'), '{"format": ');
    const listed = JSON.parse((await api('sessions.list', {})).body) as { value: { quarantined: Array<{ id: string; movedTo: string }> } };
    const [entry] = listed.value.quarantined;
    expect(JSON.parse((await api('quarantine.dismiss', { id: entry!.id })).body)).toEqual({ ok: true, value: {} });
    expect(JSON.parse((await api('sessions.list', {})).body)).toMatchObject({ ok: true, value: { quarantined: [] } });
    expect(await readFile(entry!.movedTo, 'utf8')).toBe('{"format": ');
    expect(JSON.parse((await api('quarantine.dismiss', { id: '../sessions/index.json' })).body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('works through fetch from its own origin', async () => {
    const response = await fetch(`${server.url}/api/settings.get`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(await response.json()).toMatchObject({ ok: true, value: { settings: { theme: 'system' } } });
  });

  it.each([
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['a look-alike Origin', { Origin: 'http://127.0.0.1.evil.example' }],
    ['an opaque Origin', { Origin: 'null' }],
    ['a rebinding Host', { Host: 'attacker.example' }],
    ['our host on another port', { Host: '127.0.0.1:1' }],
  ])('rejects %s without touching the data', async (_name, headers) => {
    const before = await snapshotTree(dir);
    const response = await api('sessions.start', { meta: meta('evil') }, headers);
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('answers transport errors as typed Results', async () => {
    const notJson = await raw('/api/sessions.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect([notJson.status, JSON.parse(notJson.body).error.code]).toEqual([400, 'bad_request']);
    const unknown = await api('sessions.nuke', {});
    expect([unknown.status, JSON.parse(unknown.body).error.code]).toEqual([404, 'not_found']);
    const proto = await api('__proto__', {});
    expect(proto.status).toBe(404);
    const big = await raw('/api/sessions.import', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"content":"${'x'.repeat(9 * 1024 * 1024)}"}` });
    expect([big.status, JSON.parse(big.body).error.code]).toEqual([413, 'too_large']);
    const form = await raw('/api/settings.set', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const get = await raw('/api/app.info');
    expect(get.status).toBe(405);
  });

  it('serves the renderer with the strict CSP and correct content types', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>ListenFirst</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw('/assets/app.js');
    expect([script.status, script.headers['content-type']]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect((await raw('/history')).body).toContain('<title>ListenFirst</title>');
    expect((await raw('/assets/missing.js')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..\\secret.txt', '/%00index.html', '/%E0%A4%A'])(
    'refuses path traversal %s', async (path) => {
      const response = await raw(path);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain('do not serve');
    });

  it('finishes a request it is handling before close() resolves, so a save is never cut short', async () => {
    // A scenario import held in validation until the server has been asked to close.
    let release!: () => void;
    let validating!: () => void;
    const heldUntilReleased = new Promise<void>((r) => (release = r));
    const validationStarted = new Promise<void>((r) => (validating = r));
    const slow = await startWebServer({
      port: 0,
      dataDir: join(dir, 'slow-data'),
      rendererDir,
      scenariosDir: join(dir, 'scenarios-bundled'),
      validateScenario: async (source, file) => {
        validating();
        await heldUntilReleased;
        return validateScenarioFile(source, file);
      },
    });
    const bundled = join('scenarios');
    const source = readFileSync(join(bundled, readdirSync(bundled).find((f) => f.endsWith('.yaml'))!), 'utf8').replace(/^id: .*$/m, 'id: held-import');
    const answer = fetch(`${slow.url}/api/scenarios.import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fileName: 'held.yaml', content: source }) }).catch(() => undefined);
    await validationStarted;
    let closed = false;
    const closing = slow.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    release();
    await closing;
    expect(await readFile(join(dir, 'slow-data', 'scenarios', 'held.yaml'), 'utf8')).toBe(source);
    await answer;
  });

  it('explains a missing renderer build and a taken port', async () => {
    await expect(startWebServer({ port: 0, dataDir: join(dir, 'data'), rendererDir: join(dir, 'nothing') }))
      .rejects.toThrow(/npm run build:renderer/);
    const clash = startWebServer({ port: server.port, dataDir: join(dir, 'data'), rendererDir });
    await expect(clash).rejects.toBeInstanceOf(WebServerError);
    await expect(clash).rejects.toThrow(/already in use/);
  });
});

import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, isChannel, type Result } from '../../core/bridge/contract';
import { createBackend } from '../../electron/services';
import type { ScenarioValidator } from '../../electron/services/scenario-metadata';
import { rejectForeign } from './http-guard';
import { readStatic } from './static-files';

/**
 * The browser transport: the built renderer plus the bridge over HTTP, on 127.0.0.1 only.
 * `POST /api/<channel>` with a JSON body answers the same `Result` JSON the Electron bridge returns,
 * from the same `createHandlers`. Transport-level problems (not JSON, too big, unknown channel,
 * foreign Host/Origin) are typed Results too, with a matching HTTP status.
 */

/** Same policy as the CSP meta tag in renderer/index.html, plus frame-ancestors (header-only). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-store',
};

/** Largest request body (bytes). The contract caps file contents at 2M characters; JSON escaping can double that. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
const HOST = '127.0.0.1';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface WebServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  dataDir: string;
  /** The built renderer (default `dist/renderer`). */
  rendererDir?: string;
  /** The bundled scenarios (default the repo's `scenarios/`). */
  scenariosDir?: string;
  validateScenario?: ScenarioValidator;
}

export interface WebServer {
  url: string;
  port: number;
  dataDir: string;
  /** Stops listening, drops open connections and resolves once every request already being handled has finished. */
  close(): Promise<void>;
}

/** A start-up problem the CLI prints as one line (no stack trace). */
export class WebServerError extends Error {}

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function send(response: ServerResponse, status: number, body: string | Buffer, contentType: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
  response.end(body);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>, extra?: Record<string, string>): void {
  send(response, status, JSON.stringify(result), 'application/json; charset=utf-8', extra);
}

/** Reads the body up to the limit; `undefined` means it was too large (and the rest is drained). */
function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? undefined : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const rendererDir = resolve(options.rendererDir ?? join(repoRoot, 'dist', 'renderer'));
  const scenariosDir = resolve(options.scenariosDir ?? join(repoRoot, 'scenarios'));
  try {
    if (!(await stat(join(rendererDir, 'index.html'))).isFile()) throw new Error('not a file');
  } catch {
    throw new WebServerError(`The renderer build is missing (no index.html in ${rendererDir}): run \`npm run build:renderer\` first.`);
  }
  const { handle, services } = await createBackend(
    {
      dataDir: options.dataDir,
      bundledScenariosDir: scenariosDir,
      transport: 'http',
      version: appVersion(),
      ...(options.validateScenario ? { validateScenario: options.validateScenario } : {}),
    },
    { onUnexpectedError: (channel, error) => console.error(`[listenfirst] ${channel} failed:`, error) },
  );
  let port = options.port;

  async function api(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') {
      sendResult(response, 405, fail('bad_request', 'Use POST with a JSON body'), { Allow: 'POST' });
      return;
    }
    if (!isChannel(channel)) {
      sendResult(response, 404, fail('not_found', `Unknown channel "${channel.slice(0, 60)}"`));
      return;
    }
    // A JSON content type cannot be sent by a plain HTML form, which closes the last CSRF door.
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      sendResult(response, 415, fail('bad_request', 'Send the request body as application/json'));
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      sendResult(response, 413, fail('too_large', `The request is too large (limit ${MAX_BODY_BYTES} bytes)`), { Connection: 'close' });
      request.resume();
      return;
    }
    const body = await readBody(request);
    if (body === undefined) {
      sendResult(response, 413, fail('too_large', `The request is too large (limit ${MAX_BODY_BYTES} bytes)`));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendResult(response, 400, fail('bad_request', 'The request body is not valid JSON'));
      return;
    }
    sendResult(response, 200, await handle(channel, parsed));
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = rejectForeign(request, port);
    if (refused) {
      sendResult(response, 403, fail('bad_request', `Refused: ${refused}.`));
      return;
    }
    const path = (request.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) {
      await api(request, response, path.slice('/api/'.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Method not allowed', 'text/plain; charset=utf-8', { Allow: 'GET, HEAD' });
      return;
    }
    const file = await readStatic(rendererDir, path);
    if (file.status !== 200) {
      send(response, file.status, file.message, 'text/plain; charset=utf-8');
      return;
    }
    if (request.method === 'HEAD') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) });
      response.end();
      return;
    }
    send(response, 200, file.body, file.contentType);
  }

  // Requests still being handled: a save may be half-way through writing. close() waits for them, so stopping the
  // server never leaves a write unfinished (an end-to-end test once removed the data folder while one was).
  const inFlight = new Set<Promise<void>>();
  const server: Server = createServer((request, response) => {
    const handled = route(request, response).catch((error: unknown) => {
      console.error('[listenfirst] request failed:', error);
      if (!response.headersSent) sendResult(response, 500, fail('internal', 'Something went wrong in the web transport.'));
      else response.destroy();
    });
    inFlight.add(handled);
    void handled.finally(() => inFlight.delete(handled));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new WebServerError(`Port ${options.port} is already in use on ${HOST}: stop the other program or pick another port with --port.`));
      else if (error.code === 'EACCES') reject(new WebServerError(`Not allowed to listen on port ${options.port}: pick a port above 1023 with --port.`));
      else reject(error);
    });
    server.listen(options.port, HOST, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}`,
    port,
    dataDir: services.info.dataDir,
    close: async () => {
      const closed = new Promise<void>((resolveClose, reject) => server.close((error) => (error ? reject(error) : resolveClose())));
      server.closeAllConnections();
      await Promise.all([...inFlight]);
      await closed;
    },
  };
}

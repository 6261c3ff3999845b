import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultAppDataDir, readFlag, resolveDataDir } from '../electron/services/data-dir';
import { startWebServer, WebServerError } from './web/server';

/**
 * `npm run web -- --port 5199 --data DIR [--renderer DIR] [--scenarios DIR]`
 * Serves the built renderer and the bridge over HTTP on 127.0.0.1 (see cli/web/server.ts).
 * Playwright fixtures import `startWebServer` and start one per test on port 0.
 */
export { startWebServer, WebServerError, CONTENT_SECURITY_POLICY, type WebServer, type WebServerOptions } from './web/server';

const USAGE = `Usage: npm run web -- [--port 5199] [--data DIR] [--renderer DIR] [--scenarios DIR]
  --port       port on 127.0.0.1 (default 5199; 0 picks a free one)
  --data       data directory (default: $LISTENFIRST_DATA, else the OS app-data folder)
  --renderer   built renderer (default dist/renderer; build it with npm run build:renderer)
  --scenarios  bundled scenarios folder (default the repo's scenarios/)`;

function parsePort(value: string | undefined): number {
  if (value === undefined) return 5199;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new WebServerError(`--port must be a whole number from 0 to 65535 (got "${value}")`);
  return port;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const known = new Set(['--port', '--data', '--renderer', '--scenarios']);
  for (const arg of argv) {
    if (arg.startsWith('--') && !known.has(arg.split('=')[0]!)) throw new WebServerError(`Unknown option ${arg}\n${USAGE}`);
  }
  const renderer = readFlag(argv, '--renderer');
  const scenarios = readFlag(argv, '--scenarios');
  const dataDir = resolveDataDir({ argv, env: process.env, defaultDir: defaultAppDataDir() });
  const server = await startWebServer({
    port: parsePort(readFlag(argv, '--port')),
    dataDir,
    ...(renderer ? { rendererDir: resolve(renderer) } : {}),
    ...(scenarios ? { scenariosDir: resolve(scenarios) } : {}),
  });
  console.log(`ListenFirst web transport on ${server.url} (data: ${server.dataDir})`);
  const stop = () => {
    void server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    // Expected problems (port taken, no build, bad flag) are one clear line; anything else too, without a stack.
    console.error(`listenfirst web: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}

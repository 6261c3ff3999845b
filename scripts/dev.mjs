// npm run dev: Vite serves the renderer with hot reload, esbuild rebuilds main and preload on
// change, and Electron is (re)started against the dev server. Extra arguments are passed to
// Electron, e.g. `npm run dev -- --data /tmp/lf-dev`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { electronBuildOptions } from './build-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronArgs = process.argv.slice(2);

// In Node, the electron package exports the path of its binary (downloading it if needed).
const electronBinary = createRequire(import.meta.url)('electron');

const server = await createServer({ root, server: { host: '127.0.0.1', strictPort: false } });
await server.listen();
const devUrl = server.resolvedUrls?.local[0];
if (!devUrl) throw new Error('The Vite dev server did not report a URL.');
console.log(`renderer: ${devUrl}`);

/** @type {import('node:child_process').ChildProcess | undefined} */
let electron;
let restarting = false;

function startElectron() {
  electron = spawn(electronBinary, ['.', ...electronArgs], {
    cwd: root,
    stdio: 'inherit',
    // main.ts accepts this URL only when unpackaged and only for a loopback host.
    env: { ...process.env, LISTENFIRST_DEV_URL: devUrl },
  });
  electron.on('exit', () => {
    // Closing the window ends the dev session; a restart we asked for does not.
    if (!restarting) void shutdown();
  });
}

function restartElectron() {
  if (!electron || electron.exitCode !== null) return startElectron();
  restarting = true;
  electron.once('exit', () => {
    restarting = false;
    startElectron();
  });
  electron.kill();
}

const builder = await context({
  ...electronBuildOptions(),
  plugins: [
    {
      name: 'restart-electron',
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length === 0) restartElectron();
        });
      },
    },
  ],
});
await builder.watch();

async function shutdown() {
  await builder.dispose();
  await server.close();
  process.exit(0);
}

process.on('SIGINT', () => {
  restarting = true;
  electron?.kill();
  void shutdown();
});

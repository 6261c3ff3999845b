// Bundles the Electron main process and the preload into dist/electron/{main,preload}.cjs.
// Both are single CommonJS files: main because package.json is "type": "module" and Electron
// loads main as CommonJS here, the preload because a sandboxed preload cannot require local
// modules (only 'electron' and a few built-ins), so core/, zod and the services are bundled in.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild options shared by `npm run build:electron` and `npm run dev`.
 * @param {{ outdir?: string, minify?: boolean }} [options]
 * @returns {import('esbuild').BuildOptions}
 */
export function electronBuildOptions({ outdir = path.join(root, 'dist', 'electron'), minify = false } = {}) {
  return {
    absWorkingDir: root,
    entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    minify,
    logLevel: 'warning',
  };
}

/**
 * Builds main and preload into `outdir`; resolves with the written files' paths.
 * @param {{ outdir?: string, minify?: boolean }} [options]
 */
export async function buildElectron(options = {}) {
  const result = await build({ ...electronBuildOptions(options), metafile: true });
  return Object.keys(result.metafile.outputs).map((file) => path.resolve(root, file));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `--outdir DIR` builds elsewhere (tests); the default is what package.json's "main" expects.
  const flag = process.argv.indexOf('--outdir');
  const outdir = flag === -1 ? undefined : process.argv[flag + 1];
  try {
    if (flag !== -1 && !outdir) throw new Error('--outdir needs a folder, e.g. --outdir /tmp/out');
    // Minified for the app: the sandboxed preload is parsed on every page load and is mostly zod
    // (about 750 KiB plain, 450 KiB minified); `npm run dev` builds unminified.
    const files = await buildElectron({ minify: true, ...(outdir ? { outdir: path.resolve(outdir) } : {}) });
    for (const file of files.filter((f) => f.endsWith('.cjs'))) console.log(`built ${path.relative(root, file)}`);
  } catch (error) {
    // esbuild has already printed its errors with file:line:column; say what failed, no stack.
    console.error(`build-electron: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}

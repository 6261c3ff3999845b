import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/**
 * Serves the built renderer. Paths are decoded, resolved and then checked (after following
 * symlinks) to stay inside the renderer folder, so `/../`, `%2e%2e%2f` and friends cannot
 * read other files. Extension-less paths fall back to index.html for client-side routes.
 */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticResult =
  | { status: 200; body: Buffer; contentType: string }
  | { status: 400 | 404; message: string };

export async function readStatic(rendererDir: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, message: 'Bad path encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    return { status: 400, message: 'Bad path' };
  }
  const root = await realpath(rendererDir);
  const relativePath = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  let file = resolve(root, relativePath);
  if (!(await isFileInside(root, file))) {
    // Client-side routes like /history have no extension and no file: serve the app shell.
    if (extname(relativePath) !== '') return { status: 404, message: 'Not found' };
    file = resolve(root, 'index.html');
    if (!(await isFileInside(root, file))) return { status: 404, message: 'Not found' };
  }
  return {
    status: 200,
    body: await readFile(file),
    contentType: CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}

async function isFileInside(root: string, file: string): Promise<boolean> {
  if (file !== root && !file.startsWith(root + sep)) return false;
  try {
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return false;
    return (await stat(real)).isFile();
  } catch {
    return false;
  }
}

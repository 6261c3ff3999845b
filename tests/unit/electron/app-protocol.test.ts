import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../electron/app-protocol';

const root = path.resolve('/opt/listenfirst/dist/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://listenfirst/index.html', 'index.html'],
    ['app://listenfirst/', 'index.html'],
    ['app://listenfirst', 'index.html'],
    ['app://listenfirst/assets/index-abc.js?v=1#x', path.join('assets', 'index-abc.js')],
    ['app://listenfirst/fonts/My%20Font.woff2', path.join('fonts', 'My Font.woff2')],
  ])('serves %s from the renderer build', (url, relative) => {
    expect(resolveAppFile(url, root)).toBe(path.join(root, relative));
  });

  it.each([
    'app://listenfirst/../../etc/passwd',
    'app://listenfirst/%2e%2e/%2e%2e/etc/passwd',
    'app://listenfirst/..%5c..%5csecret',
    'app://listenfirst/a/%2E%2E/%2E%2E/%2E%2E/x',
  ])('never maps %s outside the renderer build', (url) => {
    const file = resolveAppFile(url, root);
    expect(file === null || file.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    ['encoded slashes', 'app://listenfirst/assets%2f..%2f..%2f..%2fsecret'],
    ['a sibling folder with the same prefix', 'app://listenfirst/..%2frenderer-private/key'],
    ['a NUL byte', 'app://listenfirst/index.html%00.png'],
    ['broken percent-encoding', 'app://listenfirst/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://listenfirst@evil/index.html'],
    ['another scheme', 'file:///opt/listenfirst/dist/renderer/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

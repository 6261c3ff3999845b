import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, resolveAppOrigin } from '../../../electron/trusted-url';

describe('isAppUrl', () => {
  it.each([
    APP_ENTRY_URL,
    'app://listenfirst/',
    'app://listenfirst/assets/index-abc123.js',
    'app://listenfirst/index.html#/history?x=1',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['credentials that make evil the host', 'app://listenfirst@evil/index.html'],
    ['credentials on the app host', 'app://user:pass@listenfirst/index.html'],
    ['a look-alike host', 'app://listenfirst.evil.com/index.html'],
    ['a port on the app host', 'app://listenfirst:8080/index.html'],
    ['a file URL', 'file:///etc/passwd'],
    ['a file URL of the build', 'file:///opt/ListenFirst/resources/app.asar/dist/renderer/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://listenfirst/index.html'],
    ['https:', 'https://listenfirst/index.html'],
    ['a UNC path', '\\\\server\\share\\index.html'],
    ['a backslash trick', 'app:\\\\listenfirst\\index.html'],
    ['leading whitespace', ' app://listenfirst/index.html'],
    ['a control character', 'app://listen\u0000first/index.html'],
    ['an embedded tab', 'app://listen\tfirst/index.html'],
    ['a newline', 'app://listenfirst/\nindex.html'],
    ['a relative path', '/index.html'],
    ['the empty string', ''],
    ['about:blank', 'about:blank'],
  ])('refuses %s', (_why, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['app://listenfirst/'], new URL(APP_ENTRY_URL)])('refuses the non-string %s', (value) => {
    expect(isAppUrl(value)).toBe(false);
  });

  it('compares against the dev server origin exactly during development', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL, dev)).toBe(false);
  });
});

describe('resolveAppOrigin', () => {
  it('uses the app protocol when packaged, even if a dev URL is set', () => {
    expect(resolveAppOrigin({ isPackaged: true, devUrl: 'http://localhost:5173' })).toBe(APP_ORIGIN);
  });

  it('uses a loopback dev server during development', () => {
    expect(resolveAppOrigin({ isPackaged: false, devUrl: 'http://localhost:5173/' })).toBe('http://localhost:5173');
    expect(resolveAppOrigin({ isPackaged: false, devUrl: 'http://127.0.0.1:4000' })).toBe('http://127.0.0.1:4000');
    expect(resolveAppOrigin({ isPackaged: false, devUrl: undefined })).toBe(APP_ORIGIN);
  });

  it.each(['https://evil.com', 'http://localhost.evil.com:5173', 'file:///tmp/index.html', 'javascript:alert(1)', 'not a url'])(
    'ignores a dev URL that is not a loopback server: %s',
    (devUrl) => {
      expect(resolveAppOrigin({ isPackaged: false, devUrl })).toBe(APP_ORIGIN);
    },
  );
});

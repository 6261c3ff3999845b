import { describe, expect, it, vi } from 'vitest';
import { externalHttpsUrl, openExternalUrl } from '../../../electron/external-links';

describe('openExternalUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/docs?q=spin#top', 'https://example.com/docs?q=spin#top'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ])('opens the https link %s as %s', (value, opened) => {
    const open = vi.fn(async () => undefined);
    expect(openExternalUrl(value, open)).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['file: on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['http:', 'http://example.com/'],
    ['ftp:', 'ftp://example.com/file'],
    ['smb:', 'smb://server/share'],
    ['a custom protocol handler', 'ms-msdt:/id PCWDiagnostic'],
    ['the app protocol', 'app://listenfirst/index.html'],
    ['credentials', 'https://user:pass@example.com/'],
    ['a user name only', 'https://user@example.com/'],
    ['a host hidden behind credentials', 'https://example.com@evil.com/'],
    ['an encoded slash before @', 'https://example.com%2F@evil.com/'],
    ['a UNC path', '\\\\server\\share\\payload.exe'],
    ['backslashes after https:', 'https:\\\\evil.com'],
    ['https without slashes', 'https:evil.com'],
    ['https with one slash', 'https:/evil.com'],
    ['leading whitespace', '  https://example.com/'],
    ['trailing newline', 'https://example.com/\n'],
    ['an embedded tab', 'https://exa\tmple.com/'],
    ['a NUL byte', 'https://example.com/\u0000.exe'],
    ['a relative link', '/settings'],
    ['the empty string', ''],
    ['a very long URL', `https://example.com/${'a'.repeat(5000)}`],
  ])('refuses %s', (_why, value) => {
    const open = vi.fn();
    expect(openExternalUrl(value, open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 1, true, {}, { href: 'https://example.com' }, ['https://example.com'], new URL('https://example.com')])(
    'refuses the non-string %s',
    (value) => {
      const open = vi.fn();
      expect(openExternalUrl(value, open)).toBe(false);
      expect(open).not.toHaveBeenCalled();
    },
  );

  it('does not throw when the OS fails to open the link', async () => {
    expect(openExternalUrl('https://example.com/', () => Promise.reject(new Error('no browser')))).toBe(true);
    expect(openExternalUrl('https://example.com/', () => {
      throw new Error('no browser');
    })).toBe(false);
    // Give the swallowed rejection a turn to surface if it were unhandled.
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('returns the normalised href for plain https links only', () => {
    expect(externalHttpsUrl('https://EXAMPLE.com')).toBe('https://example.com/');
    expect(externalHttpsUrl('http://example.com')).toBeNull();
  });
});

import { parseStrictUrl } from './trusted-url';

/**
 * Links the renderer asks to open (window.open, target=_blank) go to the OS browser, but only
 * when they are plainly `https://host/...`: no other scheme, no credentials, no shorthand forms.
 */

/** The normalised href to open, or null when `value` is not a plain https URL. */
export function externalHttpsUrl(value: unknown): string | null {
  const url = parseStrictUrl(value);
  if (!url || typeof value !== 'string') return null;
  // `https:example.com` and `https:/example.com` parse as https URLs too; insisting on the
  // literal `https://` keeps what the user saw and what we open the same thing.
  if (!/^https:\/\//i.test(value)) return null;
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '') return null;
  // `href` is the parsed form (lower-case scheme and host, punycode for IDNs): the browser is
  // handed exactly what was checked.
  return url.href;
}

/**
 * Opens `value` with `open` (Electron's `shell.openExternal`) when it is a plain https URL.
 * Returns whether it was opened. Never throws: a failing `open` is ignored.
 */
export function openExternalUrl(value: unknown, open: (url: string) => Promise<unknown> | unknown): boolean {
  const href = externalHttpsUrl(value);
  if (href === null) return false;
  try {
    const pending = open(href);
    if (pending instanceof Promise) pending.catch(() => undefined);
  } catch {
    return false;
  }
  return true;
}

import { app, session, shell, type Session, type WebContents } from 'electron';
import { openExternalUrl } from './external-links';
import { isAppUrl, resolveAppOrigin } from './trusted-url';

/**
 * App-wide hardening, imported first by main.ts for its side effects so that it is in place
 * before any window or session exists: no <webview>, no navigation away from the app, no new
 * windows (https links go to the OS browser instead), and every permission request refused.
 */

type OpenExternal = (url: string) => Promise<unknown> | unknown;

/** Applies the navigation and window rules to one WebContents. */
export function hardenWebContents(contents: WebContents, appOrigin: string, openExternal: OpenExternal): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });

  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => stayInApp(event, url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event, url) => stayInApp(event, url));

  // window.open and target=_blank: never a new Electron window; plain https links open in the
  // user's browser, anything else is dropped.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalUrl(url, openExternal);
    return { action: 'deny' };
  });
}

/** Refuses every permission (camera, notifications, geolocation, …) for a session. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
}

const appOrigin = resolveAppOrigin({ isPackaged: app.isPackaged, devUrl: process.env.LISTENFIRST_DEV_URL });

app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents, appOrigin, (url) => shell.openExternal(url));
});
app.on('session-created', (created) => denyAllPermissions(created));
void app.whenReady().then(() => denyAllPermissions(session.defaultSession));

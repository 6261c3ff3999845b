import fs from 'node:fs';
import path from 'node:path';
import * as electronModule from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, type Result } from '../../../core/bridge/contract';
import type { FakeElectron, Listener } from './fake-electron';

// The Electron runtime cannot start here, so `electron` is replaced by a recording fake; all of
// our own code (security, IPC wiring, services on a temp data folder) runs for real.
const dirs = await vi.hoisted(async () => {
  const { makeTempLayout } = await import('./fake-electron');
  const layout = makeTempLayout();
  process.env.LISTENFIRST_DATA = layout.data;
  return layout;
});
vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron({ appRoot: dirs.appRoot, userData: dirs.root, documents: dirs.documents }));

const electron = electronModule as unknown as FakeElectron;
const APP_FRAME = { senderFrame: { url: 'app://listenfirst/index.html' } };

function handler(channel: string): Listener {
  const listener = electron.ipcHandlers.get(channel);
  if (!listener) throw new Error(`no IPC handler for ${channel}`);
  return listener;
}

async function invoke(channel: string, request: unknown, event: unknown = APP_FRAME): Promise<Result<Record<string, unknown>>> {
  return (await handler(channel)(event, request)) as Result<Record<string, unknown>>;
}

function meta(id: string) {
  return { id, scenarioId: 'demo', scenarioTitle: 'Demo', startedAt: '2026-01-01T00:00:00.000Z', seed: 1 };
}

function mainWindow() {
  const win = electron.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
}

beforeAll(async () => {
  const main = await import('../../../electron/main');
  await main.started;
});

afterAll(() => {
  delete process.env.LISTENFIRST_DATA;
  fs.rmSync(dirs.root, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('takes the single-instance lock and keeps Chromium data in the chosen data folder', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', dirs.data);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('creates one window with exactly the secure web preferences and the bundled preload', () => {
    expect(electron.windows).toHaveLength(1);
    expect(mainWindow().options.webPreferences).toEqual({
      preload: path.join(dirs.appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: true,
    });
  });

  it('loads the renderer from the app protocol', () => {
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(mainWindow().loadURL).toHaveBeenCalledExactlyOnceWith('app://listenfirst/index.html');
  });

  it('focuses the existing window when a second instance starts', () => {
    const win = mainWindow();
    win.isMinimized.mockReturnValueOnce(true);
    electron.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('installs the application menu', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  const serve = (url: string) => {
    const handle = electron.protocolHandlers.get('app');
    if (!handle) throw new Error('app protocol not handled');
    return handle(new Request(url));
  };

  it('serves the renderer build', async () => {
    const response = await serve('app://listenfirst/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>ListenFirst</title>');
  });

  it.each(['app://listenfirst/%2e%2e/%2e%2e/secret.txt', 'app://listenfirst/assets%2f..%2f..%2f..%2fsecret.txt', 'app://evil/index.html', 'app://listenfirst/missing.js'])(
    'answers 404 for %s',
    async (url) => {
      const response = await serve(url);
      expect(response.status).toBe(404);
    },
  );
});

describe('IPC wiring', () => {
  it('registers a handler for every contract channel plus the save dialog', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...channels, 'dialog.saveFile'].sort());
  });

  it('answers the app frame through the real services', async () => {
    const info = await invoke('app.info', {});
    expect(info).toEqual({ ok: true, value: { version: '0.1.0', dataDir: dirs.data, transport: 'electron' } });
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike app host', { senderFrame: { url: 'app://listenfirst.evil/index.html' } }],
    ['a file page', { senderFrame: { url: `file://${dirs.appRoot}/dist/renderer/index.html` } }],
    ['a destroyed frame', { senderFrame: null }],
    ['no frame at all', {}],
  ])('refuses a request from %s and writes nothing', async (_why, event) => {
    const result = await invoke('sessions.start', { meta: meta('from-elsewhere') }, event);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringContaining('did not come from the ListenFirst window') } });
    const listed = await invoke('sessions.list', {});
    expect(JSON.stringify(listed)).not.toContain('from-elsewhere');
  });

  it('stores a session started from the app window and lists it', async () => {
    expect(await invoke('sessions.start', { meta: meta('from-the-app') })).toEqual({ ok: true, value: { id: 'from-the-app' } });
    const listed = await invoke('sessions.list', {});
    expect(listed.ok && (listed.value.sessions as Array<{ id: string }>).map((s) => s.id)).toContain('from-the-app');
  });

  it.each([
    ['not an object', 'list please'],
    ['a wrong field type', { query: { status: 42 } }],
    ['an unknown field', { query: {}, evil: true }],
    ['a prototype-pollution key', JSON.parse('{"__proto__":{"polluted":true}}')],
  ])('rejects a malformed request (%s) with a typed bad_request', async (_why, request) => {
    const result = await invoke('sessions.list', request);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad_request');
      expect(result.error.message).toContain('sessions.list');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('saves a file where the user chooses in the save dialog', async () => {
    const target = path.join(dirs.documents, 'chosen.json');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await invoke('dialog.saveFile', { suggestedName: 'session.json', content: '{"ok":true}' });
    expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'chosen.json' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"ok":true}');
    expect(electron.dialog.showSaveDialog.mock.lastCall?.[1]).toMatchObject({ defaultPath: path.join(dirs.documents, 'session.json') });
  });

  it('refuses the save dialog to a foreign frame without showing it', async () => {
    const shown = electron.dialog.showSaveDialog.mock.calls.length;
    const result = await invoke('dialog.saveFile', { suggestedName: 'a.json', content: 'x' }, { senderFrame: { url: 'https://evil.example/' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(electron.dialog.showSaveDialog.mock.calls.length).toBe(shown);
  });
});

describe('security', () => {
  const contents = () => mainWindow().webContents;
  const fire = (event: string, url: string) => {
    let prevented = false;
    contents().emit(event, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  };

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on the app, refuses everything else', (event) => {
    expect(fire(event, 'app://listenfirst/index.html#/history')).toBe(false);
    for (const url of ['https://evil.example/', 'http://listenfirst/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://listenfirst@evil/']) {
      expect(fire(event, url)).toBe(true);
    }
  });

  it('blocks <webview>', () => {
    let prevented = false;
    contents().emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  it('denies every new window and sends only https links to the OS browser', () => {
    const openWindow = contents().windowOpenHandler;
    if (!openWindow) throw new Error('no window-open handler');
    expect(openWindow({ url: 'https://example.com/guide' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openWindow({ url: 'https://user:pw@example.com/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://example.com/guide']]);
  });

  it('denies every permission request and check', async () => {
    const { defaultSession } = electron.session;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const granted = await new Promise<boolean>((resolve) => defaultSession.requestHandler?.(contents(), permission, resolve));
      expect(granted).toBe(false);
      expect(defaultSession.checkHandler?.(contents(), permission, 'app://listenfirst', {})).toBe(false);
    }
    expect(defaultSession.deviceHandler?.({})).toBe(false);
  });
});

describe('window state', () => {
  it('remembers the window bounds in the data folder when it closes', () => {
    const win = mainWindow();
    win.bounds = { x: 40, y: 30, width: 1000, height: 700 };
    win.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dirs.data, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 40, y: 30, width: 1000, height: 700 }, maximized: false });
  });
});

describe('application menu', () => {
  type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void };
  const menuItem = (...labels: string[]): Item => {
    let items = electron.Menu.buildFromTemplate.mock.lastCall?.[0] as Item[];
    let found: Item | undefined;
    for (const label of labels) {
      found = items.find((entry) => entry.label?.replace('&', '') === label);
      if (!found) throw new Error(`menu item ${labels.join(' > ')} not found`);
      items = found.submenu ?? [];
    }
    return found as Item;
  };
  // Menu clicks start async work (dialogs, disk, validation): wait for its visible effect.
  const eventually = (assertion: () => void | Promise<void>) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });

  it('View > Theme > Dark applies the theme, remembers it and tells the renderer', async () => {
    menuItem('View', 'Theme', 'Dark').click?.();
    expect(electron.nativeTheme.themeSource).toBe('dark');
    await eventually(() => expect(mainWindow().webContents.send).toHaveBeenCalledWith('menu.command', 'theme-dark'));
    expect(await invoke('settings.get', {})).toMatchObject({ ok: true, value: { settings: { theme: 'dark' } } });
    expect(menuItem('View', 'Theme', 'Dark')).toMatchObject({ checked: true });
  });

  it('follows a theme saved from the renderer\'s Settings screen', async () => {
    const current = await invoke('settings.get', {});
    if (!current.ok) throw new Error('settings unavailable');
    await invoke('settings.set', { settings: { ...(current.value.settings as object), theme: 'light' } });
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(menuItem('View', 'Theme', 'Light')).toMatchObject({ checked: true });
  });

  it('File > Import Scenario… imports the chosen file and tells the renderer to refresh', async () => {
    // A real scenario (the repository's bundled exemplar under another id), since the library
    // validates imports against the full scenario format.
    const file = path.join(dirs.documents, 'Imported demo.yaml');
    const exemplar = fs.readFileSync(path.resolve('scenarios', 'overwhelmed-practice-manager.yaml'), 'utf8');
    fs.writeFileSync(file, exemplar.replace(/^id: .*$/m, 'id: imported-demo'));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    menuItem('File', 'Import Scenario…').click?.();
    await eventually(() => expect(mainWindow().webContents.send).toHaveBeenCalledWith('menu.command', 'import-scenario'));
    const listed = await invoke('scenarios.list', {});
    expect(JSON.stringify(listed)).toContain('imported-demo');
  });

  it('File > Import Scenario… explains a broken file in a message box and imports nothing', async () => {
    const file = path.join(dirs.documents, 'broken.yaml');
    fs.writeFileSync(file, 'id: broken\ntitle: [unclosed\n');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    electron.dialog.showMessageBox.mockClear();
    menuItem('File', 'Import Scenario…').click?.();
    await eventually(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    const options = electron.dialog.showMessageBox.mock.lastCall?.at(-1) as { type: string; message: string; detail: string };
    expect(options.type).toBe('error');
    expect(options.message).toContain('broken.yaml');
    expect(options.detail).toMatch(/broken\.yaml:\d+:\d+: error/);
    expect(JSON.stringify(await invoke('scenarios.list', {}))).not.toContain('"broken"');
  });

  it('File > Export Session… asks the renderer for the selected session', () => {
    menuItem('File', 'Export Session…').click?.();
    expect(mainWindow().webContents.send).toHaveBeenLastCalledWith('menu.command', 'export-session');
  });

  it('Help > About ListenFirst shows the version and licence', () => {
    menuItem('Help', 'About ListenFirst').click?.();
    const options = electron.dialog.showMessageBox.mock.lastCall?.at(-1) as { message: string; detail: string };
    expect(options.message).toBe('ListenFirst 0.1.0');
    expect(options.detail).toContain('Licence: MIT');
    expect(options.detail).toContain(`Node.js ${process.versions.node}`);
  });
});

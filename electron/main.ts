// Hardening first: it must be in place before any window or session is created.
import './security';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, protocol, screen, type OpenDialogOptions } from 'electron';
import { channels, contract, type MenuCommand, type Result } from '../core/bridge/contract';
import { createBackend, resolveDataDir } from './services';
import { aboutDialogOptions } from './about';
import { resolveAppFile } from './app-protocol';
import { MENU_COMMAND_CHANNEL, SAVE_FILE_CHANNEL } from './dialog-channels';
import { registerBridgeHandlers, trustedOnly, type BridgeHandle } from './ipc';
import { buildMenuTemplate, type MenuActions, type ThemeChoice } from './menu';
import { saveFileFromRenderer } from './save-file';
import { importScenarioFile } from './scenario-import';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, isAppUrl, resolveAppOrigin } from './trusted-url';
import { loadWindowState, MIN_SIZE, saveWindowState, trackWindowState } from './window-state';

/**
 * The main process: lifecycle, the one window, the menu, and IPC wiring. Everything with logic
 * lives in the small modules imported above; requests are validated and served by
 * electron/services, the same code the browser transport uses.
 */

// Must happen before `ready`: app:// behaves like https (standard, secure) so the renderer gets
// a real origin for fetch, storage and its CSP. `corsEnabled` stays off: the page's own module
// scripts are same-origin, and leaving it off keeps app:// unreadable from any other origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const appOrigin = resolveAppOrigin({ isPackaged: app.isPackaged, devUrl: process.env.LISTENFIRST_DEV_URL });
const entryUrl = appOrigin === APP_ORIGIN ? APP_ENTRY_URL : `${appOrigin}/`;
const isTrustedSender = (url: unknown) => isAppUrl(url, appOrigin);

let mainWindow: BrowserWindow | null = null;
let theme: ThemeChoice = 'system';

function appPaths() {
  const root = app.getAppPath();
  return {
    renderer: path.join(root, 'dist', 'renderer'),
    preload: path.join(root, 'dist', 'electron', 'preload.cjs'),
    // electron-builder copies scenarios/ next to app.asar (extraResources).
    bundledScenarios: app.isPackaged ? path.join(process.resourcesPath, 'scenarios') : path.join(root, 'scenarios'),
  };
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createMainWindow(dataDir: string, preload: string): BrowserWindow {
  const primary = screen.getPrimaryDisplay().workArea;
  const state = loadWindowState(dataDir, [primary, ...screen.getAllDisplays().map((display) => display.workArea)]);
  const win = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'ListenFirst',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, (next) => saveWindowState(dataDir, next));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(entryUrl);
  return win;
}

/** Serves dist/renderer on app://listenfirst/, refusing anything outside it. */
function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function menuActions(handle: BridgeHandle): MenuActions {
  return {
    importScenario: () => void importScenarioFromMenu(handle),
    exportSession: () => sendMenuCommand('export-session'),
    setTheme: (choice) => void chooseTheme(handle, choice),
    showAbout: () => {
      const options = aboutDialogOptions({
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        node: process.versions.node,
        licence: 'MIT',
      });
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  };
}

function applyTheme(handle: BridgeHandle, choice: ThemeChoice): void {
  theme = choice;
  nativeTheme.themeSource = choice;
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(menuActions(handle), { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, theme })),
  );
}

/** View → Theme: apply, remember in settings, and tell the renderer. */
async function chooseTheme(handle: BridgeHandle, choice: ThemeChoice): Promise<void> {
  applyTheme(handle, choice);
  const current = await handle('settings.get', {});
  const parsed = contract['settings.get'].response.safeParse(current.ok ? current.value : undefined);
  if (parsed.success) await handle('settings.set', { settings: { ...parsed.data.settings, theme: choice } });
  sendMenuCommand(`theme-${choice}`);
}

async function showError(title: string, result: Extract<Result<unknown>, { ok: false }>): Promise<void> {
  const options = { type: 'error' as const, title, message: result.error.message, detail: (result.error.details ?? []).join('\n') };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** File → Import Scenario…: pick a YAML file, import it through the handler, refresh the renderer. */
async function importScenarioFromMenu(handle: BridgeHandle): Promise<void> {
  const options: OpenDialogOptions = {
    title: 'Import Scenario',
    properties: ['openFile'],
    filters: [{ name: 'Scenarios (YAML)', extensions: ['yaml', 'yml'] }],
  };
  const picked = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const file = picked.filePaths[0];
  if (picked.canceled || file === undefined) return;
  const result = await importScenarioFile(file, handle);
  if (!result.ok) {
    await showError('Import Scenario', result);
    return;
  }
  // The library refuses files with problems (the error dialog above lists them), so a success
  // is playable: tell the renderer to reload its list.
  sendMenuCommand('import-scenario');
}

async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const options = { title: 'Save', defaultPath: path.join(app.getPath('documents'), suggestedName) };
  const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  return chosen.canceled ? undefined : chosen.filePath;
}

async function start(dataDir: string): Promise<void> {
  await app.whenReady();
  const paths = appPaths();
  // Without this check a missing build shows a blank "Not found" window with no hint why.
  if (appOrigin === APP_ORIGIN && !fs.existsSync(path.join(paths.renderer, 'index.html'))) {
    throw new Error(
      `The app's user interface is missing (${path.join(paths.renderer, 'index.html')}). ` +
        'In a source checkout run `npm start`, which builds it first; otherwise reinstall ListenFirst.',
    );
  }
  const { handle } = await createBackend(
    { dataDir, bundledScenariosDir: paths.bundledScenarios, transport: 'electron', version: app.getVersion() },
    {
      validateResponses: !app.isPackaged,
      onUnexpectedError: (channel, error) => console.error(`[listenfirst] ${channel} failed:`, error),
    },
  );

  serveRenderer(paths.renderer);
  registerBridgeHandlers(ipcMain, channels, handle, isTrustedSender, (channel, value) => {
    // The renderer's Settings screen can change the theme too: keep the window and menu in step.
    const saved = channel === 'settings.set' ? contract['settings.set'].response.safeParse(value) : undefined;
    if (saved?.success && saved.data.settings.theme !== theme) applyTheme(handle, saved.data.settings.theme);
  });
  ipcMain.handle(SAVE_FILE_CHANNEL, trustedOnly(SAVE_FILE_CHANNEL, isTrustedSender, (request) => saveFileFromRenderer(request, chooseSavePath)));

  const settings = contract['settings.get'].response.safeParse(await handle('settings.get', {}).then((r) => (r.ok ? r.value : undefined)));
  applyTheme(handle, settings.success ? settings.data.settings.theme : 'system');

  mainWindow = createMainWindow(dataDir, paths.preload);
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open brings one back.
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(dataDir, paths.preload);
  });
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('ListenFirst could not start', message);
  app.exit(1);
}

async function main(): Promise<void> {
  let dataDir: string;
  try {
    dataDir = resolveDataDir({ argv: process.argv, env: process.env, defaultDir: app.getPath('userData') });
  } catch (error) {
    fatal(error);
    return;
  }
  // Chromium's own profile (and the single-instance lock) live in userData: pointing it at the
  // chosen data directory keeps test instances with different --data folders fully apart.
  app.setPath('userData', dataDir);
  if (process.platform === 'win32') app.setAppUserModelId('org.listenfirst.app');

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  try {
    await start(dataDir);
  } catch (error) {
    fatal(error);
  }
}

/** Settles once start-up finished (or failed and was reported); tests await it. */
export const started: Promise<void> = main();

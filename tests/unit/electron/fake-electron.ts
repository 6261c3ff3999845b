import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module, for `vi.mock('electron', ...)` in the main-process
 * wiring tests: the Electron runtime cannot start here, and this is the only boundary we fake.
 * It records what main does (windows, IPC handlers, menus, dialogs) and lets a test play the
 * runtime's part (emit web-contents events, invoke handlers, answer dialogs).
 */

export interface FakeElectronOptions {
  appRoot: string;
  userData: string;
  documents: string;
  lockGranted?: boolean;
}

export type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  send = vi.fn();
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeSession {
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  checkHandler: ((...args: unknown[]) => boolean) | undefined;
  deviceHandler: ((...args: unknown[]) => boolean) | undefined;
  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: FakeSession['deviceHandler']): void {
    this.deviceHandler = handler;
  }
}

export function createFakeElectron({ appRoot, userData, documents, lockGranted = true }: FakeElectronOptions) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    getAppPath: () => appRoot,
    getPath: vi.fn((name: string) => (name === 'documents' ? documents : userData)),
    setPath: vi.fn(),
    getVersion: () => '0.1.0',
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: vi.fn(() => lockGranted),
    quit: vi.fn(),
    exit: vi.fn(),
    setAppUserModelId: vi.fn(),
  });

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    static getAllWindows = () => windows.filter((w) => !w.destroyed);
    readonly webContents = new FakeWebContents();
    bounds: { x: number; y: number; width: number; height: number };
    destroyed = false;
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    isMinimized = vi.fn(() => false);
    constructor(readonly options: Record<string, unknown> & { x: number; y: number; width: number; height: number }) {
      super();
      this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
      windows.push(this);
      // Electron announces every new WebContents this way; security.ts hooks in here.
      app.emit('web-contents-created', {}, this.webContents);
    }
    getNormalBounds() {
      return { ...this.bounds };
    }
    isMaximized() {
      return false;
    }
  }

  const ipcHandlers = new Map<string, Listener>();
  const defaultSession = new FakeSession();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    windows,
    ipcHandlers,
    protocolHandlers,
    ipcMain: { handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)) },
    session: { defaultSession },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler)),
    },
    net: { fetch: vi.fn(async (url: string) => new Response(fs.readFileSync(fileURLToPath(url)))) },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    dialog: {
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showErrorBox: vi.fn(),
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** Temporary folders for one main-process test run: an app root with a built renderer, data, documents. */
export function makeTempLayout(): { root: string; appRoot: string; data: string; documents: string } {
  const root = fs.mkdtempSync(`${fs.realpathSync(process.env.TMPDIR ?? '/tmp')}/lf-main-`);
  const appRoot = `${root}/app`;
  fs.mkdirSync(`${appRoot}/dist/renderer/assets`, { recursive: true });
  fs.mkdirSync(`${appRoot}/scenarios`, { recursive: true });
  fs.writeFileSync(`${appRoot}/dist/renderer/index.html`, '<!doctype html><title>ListenFirst</title>');
  fs.writeFileSync(`${appRoot}/secret.txt`, 'not for the renderer');
  fs.mkdirSync(`${root}/documents`);
  return { root, appRoot, data: `${root}/data`, documents: `${root}/documents` };
}

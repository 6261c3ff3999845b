import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../core/bridge/contract';

const run = promisify(execFile);
let outdir: string;

/** Every module a CommonJS bundle asks for with a literal `require("...")`. */
function requiredModules(code: string): { literal: string[]; dynamic: number } {
  const literal = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
  // A require( not followed by a string literal loads something the bundler could not see.
  const dynamic = [...code.matchAll(/\brequire\(/g)].length - literal.length;
  return { literal: [...new Set(literal)].sort(), dynamic };
}

beforeAll(async () => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lf-build-'));
  const { stdout } = await run(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { cwd: process.cwd() });
  expect(stdout).toContain('preload.cjs');
}, 60_000);

afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe('npm run build:electron', () => {
  it('writes main.cjs and preload.cjs', () => {
    expect(fs.readdirSync(outdir).filter((f) => f.endsWith('.cjs')).sort()).toEqual(['main.cjs', 'preload.cjs']);
  });

  it('bundles the preload into one file that requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    const { literal, dynamic } = requiredModules(fs.readFileSync(path.join(outdir, 'preload.cjs'), 'utf8'));
    expect(literal).toEqual(['electron']);
    expect(dynamic).toBe(0);
  });

  it('bundles main so that it needs only electron and Node built-ins (the package ships no node_modules)', () => {
    const { literal, dynamic } = requiredModules(fs.readFileSync(path.join(outdir, 'main.cjs'), 'utf8'));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(literal).toContain('electron');
    expect(literal.filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
    expect(dynamic).toBe(0);
  });

  it('fails with a one-line message (not a stack trace) when --outdir has no folder', async () => {
    const failed = await run(process.execPath, ['scripts/build-electron.mjs', '--outdir'], { cwd: process.cwd() }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr.trim()).toBe('build-electron: --outdir needs a folder, e.g. --outdir /tmp/out');
  });
});

describe('the bundled preload, run the way a sandboxed renderer runs it', () => {
  type Bridge = Record<string, unknown> & {
    sessions: { list(request: unknown): Promise<unknown> };
    onMenuCommand(listener: (command: string) => void): () => void;
    saveFile(name: string, content: string): Promise<unknown>;
  };

  function loadPreload() {
    const exposed = new Map<string, unknown>();
    const listeners = new Map<string, (event: unknown, value: unknown) => void>();
    const ipcRenderer = {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      on: vi.fn((channel: string, listener: (event: unknown, value: unknown) => void) => listeners.set(channel, listener)),
      removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    };
    const electron = { contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) }, ipcRenderer };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    // Only what Electron's sandboxed preload gets: a restricted require, no Node globals beyond these.
    vm.runInNewContext(fs.readFileSync(path.join(outdir, 'preload.cjs'), 'utf8'), {
      require: sandboxRequire, module, exports: module.exports, console, setTimeout, clearTimeout,
    });
    return { exposed, listeners, ipcRenderer };
  }

  it('exposes window.listenfirst with a verb for every contract channel plus the Electron extras', () => {
    const { exposed } = loadPreload();
    expect([...exposed.keys()]).toEqual(['listenfirst']);
    const bridge = exposed.get('listenfirst') as Record<string, Record<string, unknown>>;
    for (const channel of channels) {
      const [ns, verb] = channel.split('.') as [string, string];
      expect(typeof bridge[ns]?.[verb], channel).toBe('function');
    }
    expect(typeof bridge.onMenuCommand).toBe('function');
    expect(typeof bridge.saveFile).toBe('function');
    expect(Object.keys(bridge)).not.toContain('ipcRenderer');
  });

  it('sends verbs over their own channel, and saveFile over dialog.saveFile', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const bridge = exposed.get('listenfirst') as Bridge;
    await bridge.sessions.list({ query: { status: 'finished' } });
    await bridge.saveFile('s.json', '{}');
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['sessions.list', { query: { status: 'finished' } }],
      ['dialog.saveFile', { suggestedName: 's.json', content: '{}' }],
    ]);
  });

  it('turns a failed invoke into an unavailable Result instead of a rejection', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    const bridge = exposed.get('listenfirst') as Bridge;
    expect(await bridge.sessions.list({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('passes on only valid menu commands and unsubscribes', () => {
    const { exposed, listeners } = loadPreload();
    const bridge = exposed.get('listenfirst') as Bridge;
    const received: string[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    const send = (value: unknown) => listeners.get('menu.command')?.({}, value);
    send('export-session');
    send('format-disk');
    send({ command: 'theme-dark' });
    send('theme-dark');
    expect(received).toEqual(['export-session', 'theme-dark']);
    unsubscribe();
    expect(listeners.has('menu.command')).toBe(false);
  });
});

import fs from 'node:fs';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, makeTempLayout, type FakeElectron } from './fake-electron';

// Start-up paths that end early. Each test loads main afresh with a freshly faked `electron`
// (vi.doMock, because a hoisted vi.mock factory runs once per file).
const dirs = makeTempLayout();

const argv = process.argv;

async function startMain({ lockGranted = true } = {}): Promise<FakeElectron> {
  vi.resetModules();
  vi.doMock('electron', () => createFakeElectron({ appRoot: dirs.appRoot, userData: dirs.root, documents: dirs.documents, lockGranted }));
  const electron = (await import('electron')) as unknown as FakeElectron;
  await (await import('../../../electron/main')).started;
  return electron;
}

beforeEach(() => {
  process.argv = [...argv];
  process.env.LISTENFIRST_DATA = dirs.data;
});

afterAll(() => {
  process.argv = argv;
  delete process.env.LISTENFIRST_DATA;
  fs.rmSync(dirs.root, { recursive: true, force: true });
});

describe('main start-up', () => {
  it('quits without opening a window when another instance holds the lock', async () => {
    const electron = await startMain({ lockGranted: false });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(0);
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('uses --data from the command line over LISTENFIRST_DATA', async () => {
    const chosen = `${dirs.root}/from-argv`;
    process.argv = [...argv, '--data', chosen];
    const electron = await startMain();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', chosen);
    expect(electron.dialog.showErrorBox.mock.calls).toEqual([]);
    expect(fs.existsSync(`${chosen}/sessions`)).toBe(true);
  });

  it('explains a --data flag without a folder in an error box and exits, opening nothing', async () => {
    process.argv = [...argv, '--data'];
    const electron = await startMain();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('ListenFirst could not start', expect.stringContaining('--data needs a value'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.windows).toHaveLength(0);
  });

  it('explains a data folder that cannot be created and exits', async () => {
    const blocker = `${dirs.root}/a-file`;
    fs.writeFileSync(blocker, 'x');
    process.env.LISTENFIRST_DATA = `${blocker}/data`;
    const electron = await startMain();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce();
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.windows).toHaveLength(0);
  });

  it('says how to build the user interface when it is missing, instead of opening a blank window', async () => {
    const index = `${dirs.appRoot}/dist/renderer/index.html`;
    fs.renameSync(index, `${index}.moved`);
    try {
      const electron = await startMain();
      expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('ListenFirst could not start', expect.stringContaining('npm start'));
      expect(electron.app.exit).toHaveBeenCalledWith(1);
      expect(electron.windows).toHaveLength(0);
    } finally {
      fs.renameSync(`${index}.moved`, index);
    }
  });
});

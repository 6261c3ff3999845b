import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppDataDir, ensureDataDir, resolveDataDir } from '../../../electron/services/data-dir';
import { tempDataDir } from './fixtures';

describe('data directory', () => {
  const defaultDir = '/home/sam/.config/ListenFirst';

  it('prefers --data, then LISTENFIRST_DATA, then the OS default', () => {
    const env = { LISTENFIRST_DATA: '/tmp/from-env' };
    expect(resolveDataDir({ argv: ['--data', '/tmp/a'], env, defaultDir })).toBe('/tmp/a');
    expect(resolveDataDir({ argv: ['--data=/tmp/b'], env, defaultDir })).toBe('/tmp/b');
    expect(resolveDataDir({ argv: [], env, defaultDir })).toBe('/tmp/from-env');
    expect(resolveDataDir({ argv: [], env: {}, defaultDir })).toBe(defaultDir);
    expect(resolveDataDir({ argv: ['--data', 'rel'], env: {}, defaultDir })).toBe(resolve('rel'));
  });

  it('says so when --data has no value', () => {
    expect(() => resolveDataDir({ argv: ['--data'], env: {}, defaultDir })).toThrow('--data needs a value');
    expect(() => resolveDataDir({ argv: ['--data='], env: {}, defaultDir })).toThrow('--data needs a value');
  });

  it('follows each OS convention for the web server default', () => {
    expect(defaultAppDataDir('linux', {}, '/home/sam')).toBe('/home/sam/.local/share/listenfirst');
    expect(defaultAppDataDir('linux', { XDG_DATA_HOME: '/data/xdg' }, '/home/sam')).toBe('/data/xdg/listenfirst');
    expect(defaultAppDataDir('darwin', {}, '/Users/sam')).toBe('/Users/sam/Library/Application Support/listenfirst');
    expect(defaultAppDataDir('win32', { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' }, 'C:\\Users\\sam')).toBe(join('C:\\Users\\sam\\AppData\\Roaming', 'listenfirst'));
  });

  describe('layout', () => {
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ dir, cleanup } = await tempDataDir());
    });
    afterEach(() => cleanup());

    it('creates sessions, scenarios and quarantine folders, idempotently', async () => {
      const root = join(dir, 'fresh');
      await ensureDataDir(root);
      await ensureDataDir(root);
      expect((await readdir(root)).sort()).toEqual(['quarantine', 'scenarios', 'sessions']);
    });
  });
});

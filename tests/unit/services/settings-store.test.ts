import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/bridge/contract';
import { createSessionStore } from '../../../electron/services/session-store';
import { createSettingsStore } from '../../../electron/services/settings-store';
import { tempDataDir } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
});
afterEach(() => cleanup());

describe('SettingsStore', () => {
  it('starts from the defaults and keeps what the user saves', async () => {
    expect(await createSettingsStore(dir).get()).toEqual({ settings: DEFAULT_SETTINGS });
    const saved = { ...DEFAULT_SETTINGS, name: 'Priya', theme: 'dark' as const, textSize: 'large' as const };
    await createSettingsStore(dir).set(saved);
    expect((await createSettingsStore(dir).get()).settings).toEqual(saved);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(saved);
  });

  it('quarantines an unreadable settings file, warns, and falls back to defaults', async () => {
    await writeFile(join(dir, 'settings.json'), '{"theme": "dark",');
    const { settings, warning } = await createSettingsStore(dir).get();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(warning).toMatch(/unreadable/);
    expect(await readdir(dir)).not.toContain('settings.json');
    const { quarantined } = await createSessionStore(dir).list();
    expect(quarantined).toEqual([expect.objectContaining({ file: 'settings.json' })]);
  });

  it('keeps valid fields and resets invalid ones from an older or hand-edited file', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ name: 'Lee', theme: 'neon', typingDelay: false, legacyFlag: 1 }));
    const { settings, warning } = await createSettingsStore(dir).get();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, name: 'Lee', typingDelay: false });
    expect(warning).toContain('theme');
  });

  it('refuses invalid settings and leaves the file alone', async () => {
    await createSettingsStore(dir).set({ ...DEFAULT_SETTINGS, name: 'Kim' });
    const before = await readFile(join(dir, 'settings.json'), 'utf8');
    await expect(createSettingsStore(dir).set({ ...DEFAULT_SETTINGS, theme: 'neon' } as never)).rejects.toMatchObject({ code: 'bad_request' });
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });
});

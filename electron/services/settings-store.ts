import { readFile } from 'node:fs/promises';
import { DEFAULT_SETTINGS, Settings } from '../../core/bridge/contract';
import { writeFileAtomic } from './atomic-file';
import { dataDirLayout } from './data-dir';
import { isFsError, ServiceError } from './errors';
import { createQuarantine } from './quarantine';

/**
 * settings.json in the data directory. Reads are lenient: each valid field is kept and any
 * missing or invalid one falls back to its default (so a settings file from an older or newer
 * version still loads). A file that is not a JSON object at all is quarantined and the
 * defaults are returned with a warning. Writes are atomic.
 */
export interface SettingsStore {
  get(): Promise<{ settings: Settings; warning?: string }>;
  set(settings: Settings): Promise<Settings>;
}

export function createSettingsStore(dataDir: string): SettingsStore {
  const layout = dataDirLayout(dataDir);
  const file = layout.settingsFile;
  const quarantine = createQuarantine(layout.quarantine);

  return {
    async get() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if (isFsError(error, 'ENOENT')) return { settings: { ...DEFAULT_SETTINGS } };
        throw error;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        raw = undefined;
      }
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        const entry = await quarantine.moveIn(file, 'settings.json is not a JSON object; defaults were used instead');
        return { settings: { ...DEFAULT_SETTINGS }, warning: `Your settings file was unreadable and has been moved to ${entry.movedTo}; default settings are in use.` };
      }
      const settings = { ...DEFAULT_SETTINGS };
      const ignored: string[] = [];
      for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
        if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
        const field = Settings.shape[key].safeParse((raw as Record<string, unknown>)[key]);
        if (field.success) (settings as Record<string, unknown>)[key] = field.data;
        else ignored.push(key);
      }
      return ignored.length > 0
        ? { settings, warning: `Some settings were invalid and reset to their defaults: ${ignored.join(', ')}` }
        : { settings };
    },

    async set(input) {
      const parsed = Settings.safeParse(input);
      if (!parsed.success) throw new ServiceError('bad_request', 'Invalid settings', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
      await writeFileAtomic(file, `${JSON.stringify(parsed.data, null, 2)}\n`);
      return parsed.data;
    },
  };
}

import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/bridge/contract';
import type { AppBridge } from '../bridge/get-api';
import type { AppState } from './app-store';

export interface SettingsSlice {
  settings: Settings;
  settingsLoaded: boolean;
  /** Reads the saved settings through the bridge (defaults stay if that fails, with a toast). */
  loadSettings(): Promise<void>;
  /**
   * Applies a change at once and saves it. Saves run one at a time and each sends the latest
   * settings, so quick successive changes never undo each other; a failed save rolls back to
   * what was last saved and says why.
   */
  updateSettings(patch: Partial<Settings>): Promise<void>;
}

export const createSettingsSlice = (api: AppBridge, initial: Partial<Settings> = {}): StateCreator<AppState, [], [], SettingsSlice> => (set, get) => {
  let saved: Settings = DEFAULT_SETTINGS;
  let version = 0;
  let queue: Promise<void> = Promise.resolve();

  async function save(mine: number): Promise<void> {
    // A newer change is queued behind this one and will save everything, this change included.
    if (mine !== version) return;
    const result = await api.settings.set({ settings: get().settings });
    if (result.ok) {
      saved = result.value.settings;
      if (mine === version) set({ settings: saved });
      return;
    }
    if (mine === version) set({ settings: saved });
    get().pushToast({ kind: 'error', message: `Could not save your settings: ${result.error.message}`, details: result.error.details });
  }

  return {
    settings: { ...DEFAULT_SETTINGS, ...initial },
    settingsLoaded: false,
    async loadSettings() {
      const result = await api.settings.get({});
      if (result.ok) {
        saved = result.value.settings;
        // Changes made while loading win over what was stored.
        if (version === 0) set({ settings: saved });
        set({ settingsLoaded: true });
      } else {
        set({ settingsLoaded: true });
        get().pushToast({ kind: 'error', message: `Could not load your settings: ${result.error.message}` });
      }
    },
    updateSettings(patch) {
      const mine = ++version;
      set({ settings: { ...get().settings, ...patch } });
      queue = queue.then(() => save(mine));
      return queue;
    },
  };
};

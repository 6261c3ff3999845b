import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/bridge/contract';
import type { AppBridge } from '../bridge/get-api';
import type { AppState } from './app-store';

export interface SettingsSlice {
  settings: Settings;
  settingsLoaded: boolean;
  /** Reads the saved settings through the bridge (defaults stay if that fails, with a toast). */
  loadSettings(): Promise<void>;
  /** Applies a change at once and saves it; a failed save rolls back and says why. */
  updateSettings(patch: Partial<Settings>): Promise<void>;
}

export const createSettingsSlice = (api: AppBridge): StateCreator<AppState, [], [], SettingsSlice> => (set, get) => ({
  settings: DEFAULT_SETTINGS,
  settingsLoaded: false,
  async loadSettings() {
    const result = await api.settings.get({});
    if (result.ok) set({ settings: result.value.settings, settingsLoaded: true });
    else {
      set({ settingsLoaded: true });
      get().pushToast({ kind: 'error', message: `Could not load your settings: ${result.error.message}` });
    }
  },
  async updateSettings(patch) {
    const before = get().settings;
    const next = { ...before, ...patch };
    set({ settings: next });
    const result = await api.settings.set({ settings: next });
    if (result.ok) set({ settings: result.value.settings });
    else {
      // Only roll back if nothing newer was applied meanwhile.
      if (get().settings === next) set({ settings: before });
      get().pushToast({ kind: 'error', message: `Could not save your settings: ${result.error.message}`, details: result.error.details });
    }
  },
});

import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface CommandSlice {
  /** Bumped by the menu's "Import scenario…"; the library opens its file picker when it changes. */
  importRequests: number;
  requestScenarioImport(): void;
}

export const createCommandSlice: StateCreator<AppState, [], [], CommandSlice> = (set, get) => ({
  importRequests: 0,
  requestScenarioImport() {
    get().navigate({ name: 'library' });
    set({ importRequests: get().importRequests + 1 });
  },
});

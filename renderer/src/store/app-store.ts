import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Settings } from '../../../core/bridge/contract';
import type { AppBridge } from '../bridge/get-api';
import { createCommandSlice, type CommandSlice } from './command-slice';
import { createRouteSlice, type RouteSlice } from './route-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createToastSlice, type ToastSlice } from './toast-slice';

/**
 * UI state only: which screen, the user's settings as applied, and messages on screen.
 * Scenarios, sessions and conversations live behind the bridge or in XState actors.
 */
export type AppState = RouteSlice & SettingsSlice & ToastSlice & CommandSlice;
export type AppStore = StoreApi<AppState>;

/**
 * A fresh store (one per app, one per test). `initialHash` seeds the route, e.g. `location.hash`;
 * `initialSettings` (the cached appearance) is shown until the saved settings arrive.
 */
export function createAppStore(api: AppBridge, initialHash = '', initialSettings: Partial<Settings> = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createRouteSlice(initialHash)(...a),
    ...createSettingsSlice(api, initialSettings)(...a),
    ...createToastSlice(...a),
    ...createCommandSlice(...a),
  }));
}

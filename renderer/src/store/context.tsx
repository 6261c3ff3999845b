import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppBridge } from '../bridge/get-api';
import type { Route } from '../app/routes';
import type { AppState, AppStore } from './app-store';

interface AppContextValue {
  store: AppStore;
  api: AppBridge;
}

const AppContext = createContext<AppContextValue | null>(null);

/** Gives the tree its store and bridge; tests pass a fresh store and an in-memory bridge. */
export function AppProvider({ store, api, children }: AppContextValue & { children: ReactNode }) {
  return <AppContext.Provider value={{ store, api }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppStore/useApi must be used inside <AppProvider>.');
  return value;
}

/** Selects a narrow slice of UI state, e.g. `useAppStore((s) => s.settings.theme)`. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

/** The store itself, for event handlers that read state without subscribing. */
export function useAppStoreApi(): AppStore {
  return useAppContext().store;
}

/** The bridge verbs (`api.sessions.list({})` …). */
export function useApi(): AppBridge {
  return useAppContext().api;
}

/** Navigation for any screen: `navigate({ name: 'debrief', sessionId })`. */
export function useNavigate(): (route: Route) => void {
  return useAppStore((state) => state.navigate);
}

/** Shows a toast: `toast({ kind: 'error', message })`. */
export function useToast(): AppState['pushToast'] {
  return useAppStore((state) => state.pushToast);
}

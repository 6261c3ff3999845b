import type { StateCreator } from 'zustand';
import { formatHash, parseHash, type Route } from '../app/routes';
import type { AppState } from './app-store';

export interface RouteSlice {
  route: Route;
  /** Shows a screen and records it in the URL hash (so reload and Back keep it). */
  navigate(route: Route): void;
  /** Follows a hash change made outside the app (Back/Forward, a typed URL). */
  syncFromHash(hash: string): void;
}

export const createRouteSlice = (initialHash: string): StateCreator<AppState, [], [], RouteSlice> => (set) => ({
  route: parseHash(initialHash),
  navigate(route) {
    set({ route });
    const hash = formatHash(route);
    if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
  },
  syncFromHash(hash) {
    set({ route: parseHash(hash) });
  },
});

import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  /** Extra lines, e.g. the `file:line:col: error: …` list of a rejected import. */
  details?: string[];
}

export interface ToastSlice {
  toasts: Toast[];
  /** Shows a message; returns its id. Errors stay until dismissed, info fades (see Toasts). */
  pushToast(toast: Omit<Toast, 'id'>): number;
  dismissToast(id: number): void;
}

export const createToastSlice: StateCreator<AppState, [], [], ToastSlice> = (set, get) => {
  let nextId = 1;
  return {
    toasts: [],
    pushToast(toast) {
      const id = nextId++;
      // Keep the stack short: the newest five say everything worth saying.
      set({ toasts: [...get().toasts, { ...toast, id }].slice(-5) });
      return id;
    },
    dismissToast(id) {
      set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
    },
  };
};

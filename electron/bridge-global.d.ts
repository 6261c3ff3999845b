import type { ListenFirstBridge } from './bridge-types';

/**
 * `window.listenfirst` exists only inside Electron (the preload puts it there); in a plain
 * browser the renderer falls back to the HTTP transport, hence optional.
 * Reference with `/// <reference path="../electron/bridge-global.d.ts" />` or a type-only import.
 */
declare global {
  interface Window {
    listenfirst?: ListenFirstBridge;
  }
}

export {};

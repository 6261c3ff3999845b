import { createApi } from '../../../core/bridge/api';
import type { ListenFirstBridge } from '../../../electron/bridge-types';
import { createHttpInvoke } from './http-invoke';

/**
 * The renderer's bridge: the contract's verbs, plus the Electron-only extras when they exist.
 * In Electron the preload provides everything; in a browser the verbs go over HTTP and the
 * extras are absent (callers fall back, e.g. a Blob download instead of a save dialog).
 */
export type AppBridge = Omit<ListenFirstBridge, 'onMenuCommand' | 'saveFile'> & Partial<Pick<ListenFirstBridge, 'onMenuCommand' | 'saveFile'>>;

let cached: AppBridge | undefined;

/** `window.listenfirst` inside Electron, otherwise the HTTP transport to the local web server. */
export function getApi(): AppBridge {
  cached ??= (window as Window & { listenfirst?: ListenFirstBridge }).listenfirst ?? createApi(createHttpInvoke());
  return cached;
}

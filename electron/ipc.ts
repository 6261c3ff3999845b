import { fail, type Result } from '../core/bridge/contract';

/**
 * Registers main's IPC handlers. Every request arrives as `unknown` from a renderer frame; it is
 * answered only when that frame shows the app's own page, and always with a `Result`: a thrown
 * error becomes `internal`, never a raw Error crossing the bridge.
 */

/** The request handler from electron/services (`createHandlers`): validates and delegates. */
export type BridgeHandle = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

/** The part of an IpcMainInvokeEvent used for the sender check. */
export interface InvokeEvent {
  senderFrame?: { url: string } | null;
}

export type InvokeListener = (event: InvokeEvent, request: unknown) => Promise<Result<unknown>>;

/** The part of ipcMain used here. */
export interface IpcRegistry {
  handle(channel: string, listener: InvokeListener): void;
}

/** Wraps a handler so foreign frames are refused and exceptions become `internal` Results. */
export function trustedOnly(
  channel: string,
  isTrustedUrl: (url: unknown) => boolean,
  run: (request: unknown) => Promise<Result<unknown>>,
): InvokeListener {
  return async (event, request) => {
    // senderFrame is null when the frame navigated away or was destroyed mid-request.
    const url = event.senderFrame?.url;
    if (!isTrustedUrl(url)) return fail('bad_request', `Refused ${channel}: the request did not come from the ListenFirst window.`);
    try {
      return await run(request);
    } catch {
      return fail('internal', `Something went wrong handling ${channel}.`);
    }
  };
}

/**
 * Registers one handler per contract channel, delegating to `handle`. `onSuccess` lets main
 * react to changes it cares about (e.g. the theme in saved settings).
 */
export function registerBridgeHandlers(
  ipc: IpcRegistry,
  channels: readonly string[],
  handle: BridgeHandle,
  isTrustedUrl: (url: unknown) => boolean,
  onSuccess?: (channel: string, value: unknown) => void,
): void {
  for (const channel of channels) {
    ipc.handle(
      channel,
      trustedOnly(channel, isTrustedUrl, async (request) => {
        const result = await handle(channel, request);
        if (result.ok && onSuccess) {
          try {
            onSuccess(channel, result.value);
          } catch {
            // A failing side effect (menu refresh) must not turn a saved change into an error.
          }
        }
        return result;
      }),
    );
  }
}

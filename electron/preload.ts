import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createApi } from '../core/bridge/api';
import { fail, MenuCommand, type Result } from '../core/bridge/contract';
import type { ListenFirstBridge } from './bridge-types';
import { MENU_COMMAND_CHANNEL, SAVE_FILE_CHANNEL, type SaveFileResponse } from './dialog-channels';

/**
 * The preload runs sandboxed, so esbuild bundles it (with core/ and zod) into one CommonJS file
 * that requires only 'electron'. It exposes verbs, never `ipcRenderer` itself.
 */

/** A rejected invoke (main crashed, handler missing) still reaches the renderer as a Result. */
async function invokeSafely(channel: string, request: unknown): Promise<Result<never>> {
  try {
    return (await ipcRenderer.invoke(channel, request)) as Result<never>;
  } catch {
    return fail('unavailable', `The app did not answer on ${channel}.`);
  }
}

const bridge = {
  ...createApi((channel, request) => invokeSafely(channel, request)),

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const onMessage = (_event: IpcRendererEvent, value: unknown) => {
      const parsed = MenuCommand.safeParse(value);
      if (parsed.success) listener(parsed.data);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onMessage);
    };
  },

  async saveFile(suggestedName: string, content: string): Promise<Result<SaveFileResponse>> {
    return invokeSafely(SAVE_FILE_CHANNEL, { suggestedName, content });
  },
} satisfies ListenFirstBridge;

contextBridge.exposeInMainWorld('listenfirst', bridge);

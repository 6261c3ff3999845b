import type { ListenFirstApi } from '../core/bridge/api';
import type { MenuCommand, Result } from '../core/bridge/contract';
import type { SaveFileRequest, SaveFileResponse } from './dialog-channels';

/**
 * What the preload exposes as `window.listenfirst`: the contract's verbs plus the two
 * Electron-only extras. The renderer may import this type (type-only); the preload proves its
 * object against it with `satisfies`.
 */
export type ListenFirstBridge = ListenFirstApi & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Shows a native save dialog and writes `content` to the chosen file. */
  saveFile(suggestedName: SaveFileRequest['suggestedName'], content: SaveFileRequest['content']): Promise<Result<SaveFileResponse>>;
};

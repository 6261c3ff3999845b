import { z } from 'zod';

/**
 * IPC channels that exist only in Electron (the browser transport has no menus or native
 * dialogs), so they live beside the preload rather than in core/bridge/contract.ts.
 */

/** main → renderer: a menu command (payload validated with core's `MenuCommand`). */
export const MENU_COMMAND_CHANNEL = 'menu.command';

/** renderer → main: show a save dialog and write `content` where the user chooses. */
export const SAVE_FILE_CHANNEL = 'dialog.saveFile';

const MAX_SAVE_CHARS = 20_000_000;

export const SaveFileRequest = z.strictObject({
  suggestedName: z.string().min(1).max(255),
  content: z.string().max(MAX_SAVE_CHARS),
});
export type SaveFileRequest = z.infer<typeof SaveFileRequest>;

export const SaveFileResponse = z.strictObject({
  /** False when the user cancelled the dialog. */
  saved: z.boolean(),
  /** The chosen file's name (not its full path), for a "Saved as …" message. */
  fileName: z.string().optional(),
});
export type SaveFileResponse = z.infer<typeof SaveFileResponse>;

/**
 * Reduces a renderer-suggested name to a plain file name: no folders, no characters that
 * Windows or macOS refuse, never empty. The dialog still lets the user pick any place.
 */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  return cleaned === '' ? 'listenfirst-export.json' : cleaned;
}

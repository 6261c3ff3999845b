import type { AppBridge } from '../../bridge/get-api';
import type { Toast } from '../../store/toast-slice';

/**
 * Saves an exported file: Electron shows its native save dialog; a browser downloads it.
 * Returns a sentence for the user, or undefined when they cancelled.
 */
export async function saveTextFile(api: AppBridge, fileName: string, content: string): Promise<{ ok: boolean; message?: string }> {
  if (api.saveFile) {
    const result = await api.saveFile(fileName, content);
    if (!result.ok) return { ok: false, message: result.error.message };
    return result.value.saved ? { ok: true, message: `Saved ${result.value.fileName ?? fileName}.` } : { ok: true };
  }
  const url = URL.createObjectURL(new Blob([content], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, message: `Downloaded ${fileName}.` };
}

/**
 * Exports one stored session to a file (History's Export button and File › Export Session…).
 * Returns the message to show, or undefined when the user cancelled the save dialog.
 */
export async function exportSessionFile(api: AppBridge, sessionId: string): Promise<Omit<Toast, 'id'> | undefined> {
  const result = await api.sessions.export({ id: sessionId });
  if (!result.ok) return { kind: 'error', message: `Could not export the session: ${result.error.message}` };
  const saved = await saveTextFile(api, result.value.fileName, result.value.content);
  return saved.message ? { kind: saved.ok ? 'info' : 'error', message: saved.message } : undefined;
}

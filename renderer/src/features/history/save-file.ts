import type { AppBridge } from '../../bridge/get-api';

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

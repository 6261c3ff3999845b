import path from 'node:path';
import { fail, type Result } from '../core/bridge/contract';
import { writeFileAtomic } from './services/atomic-file';
import { safeFileName, SaveFileRequest, type SaveFileResponse } from './dialog-channels';

/**
 * The `dialog.saveFile` handler: validates the renderer's request, asks the user where to save
 * (`choosePath` shows the native dialog and resolves undefined on cancel) and writes the file
 * atomically. The renderer never names a path itself; only the user does, in the dialog.
 */
export async function saveFileFromRenderer(
  request: unknown,
  choosePath: (suggestedName: string) => Promise<string | undefined>,
): Promise<Result<SaveFileResponse>> {
  const parsed = SaveFileRequest.safeParse(request);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
    return fail('bad_request', 'Invalid request for dialog.saveFile', details);
  }
  const target = await choosePath(safeFileName(parsed.data.suggestedName));
  if (target === undefined || target === '') return { ok: true, value: { saved: false } };
  try {
    await writeFileAtomic(target, parsed.data.content);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    return fail('unavailable', `Could not write ${path.basename(target)}${reason}. Choose another folder and try again.`);
  }
  return { ok: true, value: { saved: true, fileName: path.basename(target) } };
}

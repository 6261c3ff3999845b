import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Durable file primitives shared by the stores.
 * Atomic replace = write a temp file in the same folder, fsync it, rename over the target,
 * then fsync the folder so the rename itself survives a power cut (where the OS allows it).
 * `durable: false` keeps the all-or-nothing replace but skips the fsyncs: for caches that are
 * rebuilt when lost (the session index), where a crash may cost a rebuild but never data.
 */

/** Temp files start with a dot, so they never look like a session or scenario file. */
export const TEMP_PREFIX = '.tmp-';

export async function writeFileAtomic(file: string, content: string, { durable = true }: { durable?: boolean } = {}): Promise<void> {
  const temp = join(dirname(file), `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-${basename(file)}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    if (durable) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (durable) await syncDir(dirname(file));
}

/**
 * On Windows a rename over a file that a virus scanner or indexer has open briefly fails with
 * EPERM/EACCES/EBUSY; retrying for a moment is the accepted fix (graceful-fs does the same).
 */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (process.platform !== 'win32' || attempt >= 10 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Appends text and resolves only after it reached the disk (fsync). */
export async function appendDurable(file: string, text: string): Promise<void> {
  const handle = await open(file, 'a');
  try {
    await handle.appendFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Creates a file that must not exist yet, durably (used for journal headers). */
export async function createDurable(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDir(dirname(file));
}

/** fsyncs a directory entry table; Windows and some filesystems refuse, which is harmless there. */
export async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on Windows: directory fsync is not supported; rename is still atomic.
  } finally {
    await handle?.close();
  }
}

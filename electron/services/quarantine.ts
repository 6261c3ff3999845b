import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Quarantined } from '../../core/bridge/contract';
import { isFsError, ServiceError } from './errors';
import { syncDir, writeFileAtomic } from './atomic-file';

/**
 * The quarantine folder: corrupt or unreadable files are moved here (never deleted), each with a
 * `<name>.reason.json` note beside it. Everything in it is reported to the user by
 * `sessions.list` until they dismiss the notice (the note records when) or remove the file.
 * Dismissing rewrites only the note: the quarantined file itself is never touched.
 */
const REASON_SUFFIX = '.reason.json';
const UNREADABLE_NOTE = 'quarantined (reason note unreadable)';

/** The note on disk; loose, so fields it does not name (from a later version, say) are kept. */
const Note = z.looseObject({
  file: z.string(),
  reason: z.string(),
  dismissedAt: z.string().optional(),
});
type Note = z.infer<typeof Note>;

export interface Quarantine {
  /** Moves `file` into quarantine with a reason; returns the report entry. */
  moveIn(file: string, reason: string): Promise<Quarantined>;
  /** Writes `content` (e.g. a journal's cut-off tail) into quarantine with a reason. */
  keep(originalName: string, content: string | Buffer, reason: string): Promise<Quarantined>;
  /** Every quarantined file not yet dismissed, and why, oldest first. */
  list(): Promise<Quarantined[]>;
  /** Stops reporting the quarantined file named `id`; not_found when there is no such entry. */
  dismiss(id: string): Promise<void>;
}

export function createQuarantine(dir: string): Quarantine {
  const target = (name: string) => join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}-${name}`);

  async function note(originalName: string, movedTo: string, reason: string): Promise<Quarantined> {
    const written: Note = { file: originalName, reason };
    await writeFile(`${movedTo}${REASON_SUFFIX}`, `${JSON.stringify({ ...written, movedTo }, null, 2)}\n`, 'utf8');
    await syncDir(dir);
    return { id: basename(movedTo), file: originalName, reason, movedTo };
  }

  /** Reason notes by quarantined name; hidden names (atomic-write temp files) are not notes. */
  async function noteNames(): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((n) => n.endsWith(REASON_SUFFIX) && !n.startsWith('.')).sort();
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return [];
      throw error;
    }
  }

  /** The note of quarantined file `id`, or undefined (with its text) when it cannot be read as one. */
  async function readNote(id: string): Promise<{ note?: Note; text?: string }> {
    let text: string;
    try {
      text = await readFile(join(dir, `${id}${REASON_SUFFIX}`), 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed = Note.safeParse(JSON.parse(text));
      return parsed.success ? { note: parsed.data, text } : { text };
    } catch {
      return { text };
    }
  }

  return {
    async moveIn(file, reason) {
      const movedTo = target(basename(file));
      await rename(file, movedTo);
      return note(basename(file), movedTo, reason);
    },
    async keep(originalName, content, reason) {
      const movedTo = target(originalName);
      await writeFile(movedTo, content);
      return note(originalName, movedTo, reason);
    },
    async list() {
      const entries: Quarantined[] = [];
      for (const name of await noteNames()) {
        const id = name.slice(0, -REASON_SUFFIX.length);
        const { note: found } = await readNote(id);
        if (found?.dismissedAt) continue;
        entries.push({ id, file: found?.file ?? id, reason: found?.reason ?? UNREADABLE_NOTE, movedTo: join(dir, id) });
      }
      return entries;
    },
    async dismiss(id) {
      // Only a name that is in the folder's listing: an id never becomes a path on its own.
      if (!(await noteNames()).includes(`${id}${REASON_SUFFIX}`)) throw new ServiceError('not_found', `Nothing named ${id} is in quarantine`);
      const { note: found, text } = await readNote(id);
      const dismissed = found
        ? { ...found, dismissedAt: new Date().toISOString() }
        // Keep an unreadable note's text: it may be the only record of why the file is here.
        : { file: id, reason: UNREADABLE_NOTE, dismissedAt: new Date().toISOString(), ...(text !== undefined ? { unreadableNote: text.slice(0, 20_000) } : {}) };
      await writeFileAtomic(join(dir, `${id}${REASON_SUFFIX}`), `${JSON.stringify(dismissed, null, 2)}\n`);
    },
  };
}

import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Quarantined } from '../../core/bridge/contract';
import { isFsError } from './errors';
import { syncDir } from './atomic-file';

/**
 * The quarantine folder: corrupt or unreadable files are moved here (never deleted), each with a
 * `<name>.reason.json` note beside it. Everything in it is reported to the user by
 * `sessions.list` until they remove it, so a bad file is never silently dropped.
 */
const REASON_SUFFIX = '.reason.json';

export interface Quarantine {
  /** Moves `file` into quarantine with a reason; returns the report entry. */
  moveIn(file: string, reason: string): Promise<Quarantined>;
  /** Writes `content` (e.g. a journal's cut-off tail) into quarantine with a reason. */
  keep(originalName: string, content: string | Buffer, reason: string): Promise<Quarantined>;
  /** Every quarantined file and why, oldest first. */
  list(): Promise<Quarantined[]>;
}

export function createQuarantine(dir: string): Quarantine {
  const target = (name: string) => join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}-${name}`);

  async function note(entry: Quarantined): Promise<Quarantined> {
    await writeFile(`${entry.movedTo}${REASON_SUFFIX}`, `${JSON.stringify(entry, null, 2)}\n`, 'utf8');
    await syncDir(dir);
    return entry;
  }

  return {
    async moveIn(file, reason) {
      const movedTo = target(basename(file));
      await rename(file, movedTo);
      return note({ file: basename(file), reason, movedTo });
    },
    async keep(originalName, content, reason) {
      const movedTo = target(originalName);
      await writeFile(movedTo, content);
      return note({ file: originalName, reason, movedTo });
    },
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if (isFsError(error, 'ENOENT')) return [];
        throw error;
      }
      const entries: Quarantined[] = [];
      for (const name of names.filter((n) => n.endsWith(REASON_SUFFIX)).sort()) {
        const movedTo = join(dir, name.slice(0, -REASON_SUFFIX.length));
        try {
          const parsed = Quarantined.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8')));
          entries.push(parsed.success ? { ...parsed.data, movedTo } : { file: basename(movedTo), reason: 'quarantined (reason note unreadable)', movedTo });
        } catch {
          entries.push({ file: basename(movedTo), reason: 'quarantined (reason note unreadable)', movedTo });
        }
      }
      return entries;
    },
  };
}

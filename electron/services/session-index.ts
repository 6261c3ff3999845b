import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { SessionSummary } from '../../core/session/types';
import { writeFileAtomic } from './atomic-file';
import { isFsError } from './errors';

/**
 * `sessions/index.json`: a cache of finished sessions' summaries, keyed by id, so listing
 * 10,000 sessions reads one file instead of 10,000. It is only a cache: the documents are the
 * truth, and a missing or corrupt index is rebuilt from them.
 */
export const INDEX_FILE = 'index.json';
const INDEX_FORMAT = 'listenfirst.session-index';

const IndexFile = z.strictObject({
  format: z.literal(INDEX_FORMAT),
  version: z.literal(1),
  entries: z.array(SessionSummary),
});

/** Loads the index; `undefined` when it is missing or unreadable (the caller rebuilds it). */
export async function loadIndex(file: string): Promise<Map<string, SessionSummary> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return undefined;
    throw error;
  }
  try {
    const parsed = IndexFile.safeParse(JSON.parse(text));
    return parsed.success ? new Map(parsed.data.entries.map((summary) => [summary.id, summary])) : undefined;
  } catch {
    return undefined;
  }
}

export async function saveIndex(file: string, entries: ReadonlyMap<string, SessionSummary>): Promise<void> {
  // An array, not an object keyed by id, so an id like "__proto__" can never become a prototype.
  // Not fsynced: the index is a cache checked against the folder on every listing and rebuilt
  // if unreadable, so losing its latest write in a power cut costs time, never a session.
  await writeFileAtomic(file, JSON.stringify({ format: INDEX_FORMAT, version: 1, entries: [...entries.values()] }), { durable: false });
}

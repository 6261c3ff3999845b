import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quarantined } from '../../core/bridge/contract';
import {
  SESSION_SCHEMA_VERSION, SessionMeta, SessionTurn, type SessionDocument, type SessionOutcome, type SessionSummary,
  type StoredScore,
} from '../../core/session/types';
import { appendDurable, createDurable, writeFileAtomic } from './atomic-file';
import { dataDirLayout } from './data-dir';
import { isFsError, ServiceError } from './errors';
import { createQuarantine } from './quarantine';
import { INDEX_FILE, loadIndex, saveIndex } from './session-index';
import { JournalHeaderError, journalHeaderLine, journalTurnLine, parseJournal, type ParsedJournal } from './session-journal';
import { assertSafeId, issueLines, migrateSession, parseJsonText, SESSION_FORMAT, summarize } from './session-document';
import { filterSessions, type SessionQuery } from './session-query';
import { createKeyedQueue } from './keyed-queue';

/**
 * SessionStore: a folder of JSON documents, each session in progress backed by an append-only journal.
 *
 * Layout under `<data>/sessions/`:
 * - `<id>.journal.jsonl`: a session in progress. Line 1 is a header `{format, schemaVersion, meta}`;
 *   each later line is one turn, appended and fsynced before `append()` resolves, so killing the app
 *   loses at most the turn being written. A line cut mid-write is set aside (quarantine) and every
 *   complete turn before it is kept.
 * - `<id>.json`: a finished (or imported) session, a self-describing `SessionDocument`
 *   (`format: 'listenfirst.session'`, `schemaVersion: 1`). Written atomically (temp file, fsync,
 *   rename, fsync folder), then the journal is removed. If the app dies between the two, the
 *   document wins and the leftover journal is removed on the next listing.
 * - `index.json`: a cache of finished sessions' summaries so a listing reads one file, not thousands.
 *   Every listing reconciles it with one `readdir` (documents it lacks are read, entries whose
 *   document vanished are dropped); a missing or corrupt index is rebuilt from the documents.
 *   Journals are not indexed: there are few of them and they change with every turn, so they are read live.
 *
 * Why files and not an embedded WASM database: sessions are small, written one turn at a time and
 * read whole; plain JSON files are crash-safe with fsync + rename, need no native module, can be
 * backed up, exported and inspected by hand, and one bad file cannot corrupt the others.
 *
 * Corrupt files are moved to `<data>/quarantine/` with a reason and reported by `list()` until the
 * user dismisses the notice (`quarantine.dismiss`; the file stays) or removes them. Concurrency: operations on one session run one at a time (a per-session queue);
 * index updates run one at a time too. Ids are checked before they ever become a path.
 */
export interface SessionStore {
  /** Starts a session: creates its journal. Conflict if the id is taken. */
  start(meta: SessionMeta): Promise<{ id: string }>;
  /** Appends one turn durably (fsync) before resolving. */
  append(id: string, turn: SessionTurn): Promise<void>;
  /** Turns the journal into a finished document and returns its summary. */
  finish(id: string, result: FinishResult): Promise<SessionSummary>;
  /** Summaries, newest first, plus every quarantined file whose notice is not dismissed. */
  list(query?: SessionQuery): Promise<{ sessions: SessionSummary[]; quarantined: Quarantined[] }>;
  /** The full document (for a session in progress, what has been recorded so far). */
  get(id: string): Promise<SessionDocument>;
  delete(id: string): Promise<void>;
  export(id: string): Promise<{ fileName: string; content: string }>;
  /** Validates and stores an exported session; an id already in use gets a fresh id. */
  import(content: string): Promise<SessionSummary>;
}

export interface FinishResult {
  outcome: SessionOutcome;
  score?: StoredScore | undefined;
  needs?: SessionDocument['needs'];
}

/** Largest session file accepted by `import` (characters). */
export const MAX_IMPORT_CHARS = 2_000_000;
const READ_CONCURRENCY = 64;
const JOURNAL_SUFFIX = '.journal.jsonl';

export function createSessionStore(dataDir: string): SessionStore {
  const layout = dataDirLayout(dataDir);
  const dir = layout.sessions;
  const quarantine = createQuarantine(layout.quarantine);
  const indexFile = join(dir, INDEX_FILE);
  const sessionQueue = createKeyedQueue();
  const indexQueue = createKeyedQueue();
  const docPath = (id: string) => join(dir, `${id}.json`);
  const journalPath = (id: string) => join(dir, `${id}${JOURNAL_SUFFIX}`);
  /** Journals whose tail this instance has checked, so appends never land after a cut line. */
  const repairedJournals = new Set<string>();
  let index: Map<string, SessionSummary> | undefined;

  const withIndex = <T>(fn: () => Promise<T>) => indexQueue.run('index', fn);

  async function exists(file: string): Promise<boolean> {
    try {
      await stat(file);
      return true;
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return false;
      throw error;
    }
  }

  async function readText(file: string): Promise<string | undefined> {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  /** Reads and validates a document; a bad one is quarantined and `undefined` returned. */
  async function readDoc(id: string): Promise<SessionDocument | undefined> {
    const file = docPath(id);
    const text = await readText(file);
    if (text === undefined) return undefined;
    try {
      const doc = migrateSession(parseJsonText(text, `${id}.json`));
      if (doc.meta.id !== id) throw new ServiceError('corrupt', `the file name says "${id}" but the document's id is "${doc.meta.id}"`);
      return doc;
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      const reason = [error.message, ...(error.details ?? [])].join('; ');
      await quarantine.moveIn(file, `Session document ${id}.json could not be read: ${reason}`);
      throw new ServiceError('corrupt', `Session ${id} was damaged and has been moved to quarantine`, [reason]);
    }
  }

  /**
   * Reads a journal; cut or invalid lines are copied to quarantine and the journal is rewritten
   * with its good lines, so the next append starts on a clean line. Must run in the session's queue.
   */
  async function readJournal(id: string): Promise<ParsedJournal | undefined> {
    const file = journalPath(id);
    const text = await readText(file);
    if (text === undefined) return undefined;
    let parsed: ParsedJournal;
    try {
      parsed = parseJournal(text);
    } catch (error) {
      if (!(error instanceof JournalHeaderError)) throw error;
      await quarantine.moveIn(file, `Journal of session ${id} could not be read: ${error.message}`);
      throw new ServiceError('corrupt', `Session ${id} was damaged and has been moved to quarantine`, [error.message]);
    }
    if (parsed.meta.id !== id) {
      const reason = `the file name says "${id}" but the journal's id is "${parsed.meta.id}"`;
      await quarantine.moveIn(file, `Journal of session ${id} could not be read: ${reason}`);
      throw new ServiceError('corrupt', `Session ${id} was damaged and has been moved to quarantine`, [reason]);
    }
    if (parsed.truncatedTail !== '' || parsed.badLines.length > 0) {
      const notes = parsed.badLines.map((bad) => `line ${bad.line}: ${bad.reason}`);
      if (parsed.truncatedTail !== '') notes.push(`the last line was cut off mid-write (${parsed.truncatedTail.length} characters)`);
      const dropped = [...parsed.badLines.map((bad) => bad.text), parsed.truncatedTail].filter((t) => t !== '').join('\n');
      await quarantine.keep(`${id}${JOURNAL_SUFFIX}`, `${dropped}\n`,
        `Session ${id}: recovered ${parsed.turns.length} complete turn(s); set aside ${notes.join('; ')}`);
      await writeFileAtomic(file, parsed.goodText);
    }
    repairedJournals.add(id);
    return parsed;
  }

  function inProgressDoc(journal: ParsedJournal): SessionDocument {
    return {
      format: SESSION_FORMAT,
      schemaVersion: SESSION_SCHEMA_VERSION,
      meta: journal.meta,
      status: 'in_progress',
      outcome: 'in_progress',
      turns: journal.turns,
    };
  }

  async function ensureIndex(): Promise<Map<string, SessionSummary>> {
    index ??= (await loadIndex(indexFile)) ?? new Map();
    return index;
  }

  /** Runs `fn` over items with bounded parallelism (reading thousands of files one by one is slow). */
  async function forEachLimited<T>(items: readonly T[], fn: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length) await fn(items[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker));
  }

  /** Brings the index in line with the folder listing; returns the finished summaries. */
  async function reconcile(docIds: ReadonlySet<string>): Promise<Map<string, SessionSummary>> {
    return withIndex(async () => {
      const entries = await ensureIndex();
      let changed = false;
      for (const id of [...entries.keys()]) {
        // Checked again because a session finished after the readdir has a document the scan missed.
        if (!docIds.has(id) && !(await exists(docPath(id)))) {
          entries.delete(id);
          changed = true;
        }
      }
      const missing = [...docIds].filter((id) => !entries.has(id));
      await forEachLimited(missing, async (id) => {
        try {
          const doc = await readDoc(id);
          if (doc) entries.set(id, summarize(doc));
        } catch (error) {
          if (!(error instanceof ServiceError)) throw error; // quarantined; reported by the listing
        }
      });
      if (changed || missing.length > 0) await saveIndex(indexFile, entries);
      return entries;
    });
  }

  async function updateIndex(fn: (entries: Map<string, SessionSummary>) => void): Promise<void> {
    await withIndex(async () => {
      const entries = await ensureIndex();
      fn(entries);
      await saveIndex(indexFile, entries);
    });
  }

  /** Classifies the folder's names; odd `.json` names are quarantined rather than ignored. */
  async function scanFolder(): Promise<{ docIds: Set<string>; journalIds: Set<string> }> {
    const docIds = new Set<string>();
    const journalIds = new Set<string>();
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if (!isFsError(error, 'ENOENT')) throw error;
      // The sessions folder was removed by hand: recreate it rather than fail every listing.
      await mkdir(dir, { recursive: true });
      names = [];
    }
    for (const name of names) {
      if (name.startsWith('.') || name === INDEX_FILE) continue; // temp files and the index
      if (name.endsWith(JOURNAL_SUFFIX) || name.endsWith('.json')) {
        const id = name.endsWith(JOURNAL_SUFFIX) ? name.slice(0, -JOURNAL_SUFFIX.length) : name.slice(0, -'.json'.length);
        try {
          assertSafeId(id);
        } catch {
          await quarantine.moveIn(join(dir, name), `"${name}" is not named like a ListenFirst session file (<id>.json)`);
          continue;
        }
        (name.endsWith(JOURNAL_SUFFIX) ? journalIds : docIds).add(id);
      }
    }
    return { docIds, journalIds };
  }

  async function uniqueImportId(base: string): Promise<string> {
    for (;;) {
      const id = `${base.slice(0, 100)}-imported-${randomBytes(3).toString('hex')}`;
      if (!(await exists(docPath(id))) && !(await exists(journalPath(id)))) return id;
    }
  }

  const store: SessionStore = {
    async start(rawMeta) {
      const parsedMeta = SessionMeta.safeParse(rawMeta);
      if (!parsedMeta.success) throw new ServiceError('bad_request', 'Invalid session meta', issueLines(parsedMeta.error));
      const meta = parsedMeta.data;
      const id = assertSafeId(meta.id);
      return sessionQueue.run(id, async () => {
        if (await exists(docPath(id))) throw new ServiceError('conflict', `A session with id ${id} already exists`);
        await mkdir(dir, { recursive: true });
        try {
          await createDurable(journalPath(id), journalHeaderLine(meta));
        } catch (error) {
          if (isFsError(error, 'EEXIST')) throw new ServiceError('conflict', `A session with id ${id} already exists`);
          throw error;
        }
        repairedJournals.add(id);
        return { id };
      });
    },

    async append(rawId, rawTurn) {
      const id = assertSafeId(rawId);
      const parsedTurn = SessionTurn.safeParse(rawTurn);
      if (!parsedTurn.success) throw new ServiceError('bad_request', 'Invalid turn', issueLines(parsedTurn.error));
      const turn = parsedTurn.data;
      await sessionQueue.run(id, async () => {
        if (!repairedJournals.has(id)) {
          const journal = await readJournal(id);
          if (!journal) {
            if (await exists(docPath(id))) throw new ServiceError('conflict', `Session ${id} is no longer recording (it was finished or imported)`);
            throw new ServiceError('not_found', `No session in progress with id ${id}`);
          }
        }
        try {
          // 'a' would create a missing file; check first so a deleted session is not resurrected headerless.
          if (!(await exists(journalPath(id)))) throw new ServiceError('not_found', `No session in progress with id ${id}`);
          await appendDurable(journalPath(id), journalTurnLine(turn));
        } catch (error) {
          repairedJournals.delete(id);
          throw error;
        }
      });
    },

    async finish(rawId, result) {
      const id = assertSafeId(rawId);
      return sessionQueue.run(id, async () => {
        const journal = await readJournal(id);
        if (!journal) {
          if (await exists(docPath(id))) throw new ServiceError('conflict', `Session ${id} is no longer recording (it was finished or imported)`);
          throw new ServiceError('not_found', `No session in progress with id ${id}`);
        }
        const doc: SessionDocument = {
          ...inProgressDoc(journal),
          status: 'finished',
          endedAt: new Date().toISOString(),
          outcome: result.outcome,
          ...(result.score ? { score: result.score } : {}),
          ...(result.needs ? { needs: result.needs } : {}),
        };
        const valid = migrateSession(doc);
        await writeFileAtomic(docPath(id), `${JSON.stringify(valid, null, 2)}\n`);
        const summary = summarize(valid);
        await updateIndex((entries) => entries.set(id, summary));
        await rm(journalPath(id), { force: true });
        repairedJournals.delete(id);
        return summary;
      });
    },

    async list(query = {}) {
      const { docIds, journalIds } = await scanFolder();
      const finished = await reconcile(docIds);
      const sessions = [...finished.values()];
      for (const id of journalIds) {
        const summary = await sessionQueue.run(id, async () => {
          if (docIds.has(id)) {
            // The app stopped between writing the document and removing the journal: the document wins.
            await rm(journalPath(id), { force: true });
            return undefined;
          }
          try {
            const journal = await readJournal(id);
            // A journal that vanished since the readdir was finished or deleted meanwhile.
            return journal ? summarize(inProgressDoc(journal)) : index?.get(id);
          } catch (error) {
            if (error instanceof ServiceError) return undefined; // quarantined; reported below
            throw error;
          }
        });
        if (summary) sessions.push(summary);
      }
      return { sessions: filterSessions(sessions, query), quarantined: await quarantine.list() };
    },

    async get(rawId) {
      const id = assertSafeId(rawId);
      return sessionQueue.run(id, async () => {
        const doc = await readDoc(id);
        if (doc) return doc;
        const journal = await readJournal(id);
        if (journal) return inProgressDoc(journal);
        throw new ServiceError('not_found', `No session with id ${id}`);
      });
    },

    async delete(rawId) {
      const id = assertSafeId(rawId);
      await sessionQueue.run(id, async () => {
        const found = (await exists(docPath(id))) || (await exists(journalPath(id)));
        if (!found) throw new ServiceError('not_found', `No session with id ${id}`);
        await rm(docPath(id), { force: true });
        await rm(journalPath(id), { force: true });
        repairedJournals.delete(id);
        await updateIndex((entries) => entries.delete(id));
      });
    },

    async export(rawId) {
      const doc = await store.get(rawId);
      const date = /^\d{4}-\d{2}-\d{2}/.exec(doc.meta.startedAt)?.[0] ?? 'undated';
      return {
        fileName: `${doc.meta.scenarioId}-${date}-${doc.meta.id}.listenfirst.json`,
        content: `${JSON.stringify(doc, null, 2)}\n`,
      };
    },

    async import(content) {
      if (typeof content !== 'string') throw new ServiceError('bad_request', 'A session file must be text');
      if (content.length > MAX_IMPORT_CHARS) {
        throw new ServiceError('too_large', `The session file is too large (${content.length} characters; the limit is ${MAX_IMPORT_CHARS})`);
      }
      const doc = migrateSession(parseJsonText(content, 'The session file'));
      assertSafeId(doc.meta.id);
      return withIndex(async () => {
        const taken = (await exists(docPath(doc.meta.id))) || (await exists(journalPath(doc.meta.id)));
        const id = taken ? await uniqueImportId(doc.meta.id) : doc.meta.id;
        const stored: SessionDocument = { ...doc, meta: { ...doc.meta, id } };
        await writeFileAtomic(docPath(id), `${JSON.stringify(stored, null, 2)}\n`);
        const summary = summarize(stored);
        const entries = await ensureIndex();
        entries.set(id, summary);
        await saveIndex(indexFile, entries);
        return summary;
      });
    },
  };
  return store;
}

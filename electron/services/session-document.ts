import { z } from 'zod';
import {
  SESSION_SCHEMA_VERSION, SessionDocument, SessionId, type SessionSummary,
} from '../../core/session/types';
import { ServiceError } from './errors';

/**
 * Session documents on disk: the version migration hook, summaries, ids and JSON helpers.
 */

export const SESSION_FORMAT = 'listenfirst.session';

/**
 * Upgrades a parsed document of any known schemaVersion to the current one, then validates it.
 * Each step maps version N to N+1; v1 is current, so today the chain is the identity.
 * Throws a ServiceError('bad_request') that says where the document is wrong.
 */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  // 1: (v1) => ({ ...v1, schemaVersion: 2, ... }) when version 2 arrives.
};

export function migrateSession(raw: unknown): SessionDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ServiceError('bad_request', 'Not a ListenFirst session: the file does not hold a JSON object');
  }
  let doc = raw as Record<string, unknown>;
  if (doc.format !== SESSION_FORMAT) {
    throw new ServiceError('bad_request', `Not a ListenFirst session: "format" must be "${SESSION_FORMAT}"`);
  }
  const declared = doc.schemaVersion;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) {
    throw new ServiceError('bad_request', 'Invalid session: "schemaVersion" must be a positive whole number');
  }
  let version = declared;
  if (version > SESSION_SCHEMA_VERSION) {
    throw new ServiceError('bad_request',
      `This session was saved by a newer ListenFirst (schemaVersion ${version}); this version reads up to ${SESSION_SCHEMA_VERSION}. Update ListenFirst to open it.`);
  }
  while (version < SESSION_SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new ServiceError('bad_request', `No migration from session schemaVersion ${version}`);
    doc = step(doc);
    version = doc.schemaVersion as number;
  }
  const parsed = SessionDocument.safeParse(doc);
  if (!parsed.success) throw new ServiceError('bad_request', 'Invalid session document', issueLines(parsed.error));
  return parsed.data;
}

/** zod issues as `path: message` lines (at most 10), the path written like `turns.3.text`. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((issue) => `${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`);
}

export function summarize(doc: SessionDocument): SessionSummary {
  const { meta } = doc;
  return {
    id: meta.id,
    scenarioId: meta.scenarioId,
    scenarioTitle: meta.scenarioTitle,
    startedAt: meta.startedAt,
    ...(doc.endedAt !== undefined ? { endedAt: doc.endedAt } : {}),
    status: doc.status,
    outcome: doc.outcome,
    turnCount: doc.turns.length,
    ...(doc.score ? { listening: doc.score.listening, pitching: doc.score.pitching } : {}),
    ...(meta.parentId !== undefined ? { parentId: meta.parentId } : {}),
  };
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * Checks an id before it becomes part of a file name. The contract's regex already forbids
 * slashes; on top of that, a leading dot (hidden/temp files), the index's own name and
 * Windows device names are refused so an id can never address another file.
 */
export function assertSafeId(id: unknown, what = 'session id'): string {
  const parsed = SessionId.safeParse(id);
  if (!parsed.success || parsed.data.startsWith('.') || parsed.data.toLowerCase() === 'index' || WINDOWS_RESERVED.test(parsed.data.split('.')[0]!)) {
    throw new ServiceError('bad_request', `Invalid ${what}: use letters, digits, dot, dash and underscore, not starting with a dot`);
  }
  return parsed.data;
}

/**
 * JSON.parse with a readable error: `line 3, column 7: Unexpected token`.
 * Strips a UTF-8 byte-order mark first (Windows editors add one).
 */
export function parseJsonText(text: string, what: string): unknown {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(clean);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = clean.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = `line ${line}, column ${column}: `;
    }
    const reason = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    throw new ServiceError('bad_request', `${what} is not valid JSON: ${where}${reason}`);
  }
}

import { z } from 'zod';
import {
  SessionDocument, SessionId, SessionMeta, SessionOutcome, SessionSummary, SessionTurn, StoredScore,
} from '../session/types';

/**
 * The one bridge contract. Every channel maps to a zod request schema and a zod response schema.
 * The preload (Electron), main's handlers and the browser transport (HTTP) all use this module:
 * requests arrive as `unknown` and are parsed here; answers are `Result`s, never raw Errors.
 */

export const ErrorCode = z.enum([
  'bad_request', // the request did not match the channel's schema
  'not_found',
  'invalid_scenario', // a scenario file failed validation; details lists the problems
  'corrupt', // a stored file could not be read; it was quarantined
  'conflict',
  'too_large',
  'unavailable', // the transport or service is not reachable
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const BridgeError = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  /** Human-readable specifics, e.g. `file.yaml:3:5: error: ...` lines. */
  details: z.array(z.string()).optional(),
});
export type BridgeError = z.infer<typeof BridgeError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

const Empty = z.strictObject({});
const fileName = z.string().min(1).max(255);
const MAX_FILE_CHARS = 2_000_000;

export const ScenarioListing = z.strictObject({
  id: z.string(),
  file: z.string(),
  source: z.enum(['bundled', 'user']),
  title: z.string(),
  industry: z.string().optional(),
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
  expectedMinutes: z.number().optional(),
  persona: z.string().optional(),
  company: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Validation problems as `path:line:col: error: message`; a listing with problems cannot be played. */
  problems: z.array(z.string()),
});
export type ScenarioListing = z.infer<typeof ScenarioListing>;

export const Theme = z.enum(['light', 'dark', 'system']);
export const Settings = z.strictObject({
  name: z.string().max(100),
  typingDelay: z.boolean(),
  examMode: z.boolean(),
  theme: Theme,
  textSize: z.enum(['small', 'medium', 'large']),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = { name: '', typingDelay: true, examMode: false, theme: 'system', textSize: 'medium' };

/**
 * A quarantined file's own name inside the quarantine folder, which is how the renderer names it
 * back (never by path): a plain file name, no folders, not hidden, not a reason note.
 */
export const QuarantineId = z.string().min(1).max(255)
  .refine((name) => !/[\\/\u0000]/.test(name) && !name.startsWith('.') && !name.endsWith('.reason.json'), 'must be the name of a quarantined file');

/** A file that could not be read: which file, why, and where it was moved (never deleted). */
export const Quarantined = z.strictObject({ id: z.string(), file: z.string(), reason: z.string(), movedTo: z.string() });
export type Quarantined = z.infer<typeof Quarantined>;

export const SessionQuery = z.strictObject({
  scenarioId: SessionId.optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  status: z.enum(['in_progress', 'finished']).optional(),
});

export const contract = {
  'app.info': {
    request: Empty,
    response: z.strictObject({ version: z.string(), dataDir: z.string(), transport: z.enum(['electron', 'http']) }),
  },
  'scenarios.list': {
    request: Empty,
    response: z.strictObject({ scenarios: z.array(ScenarioListing) }),
  },
  'scenarios.read': {
    request: z.strictObject({ id: SessionId }),
    response: z.strictObject({ listing: ScenarioListing, yaml: z.string() }),
  },
  'scenarios.import': {
    request: z.strictObject({ fileName, content: z.string().max(MAX_FILE_CHARS) }),
    response: z.strictObject({ listing: ScenarioListing }),
  },
  'sessions.list': {
    request: z.strictObject({ query: SessionQuery.optional() }),
    response: z.strictObject({ sessions: z.array(SessionSummary), quarantined: z.array(Quarantined) }),
  },
  'sessions.get': {
    request: z.strictObject({ id: SessionId }),
    response: z.strictObject({ session: SessionDocument }),
  },
  'sessions.start': {
    request: z.strictObject({ meta: SessionMeta }),
    response: z.strictObject({ id: SessionId }),
  },
  'sessions.append': {
    request: z.strictObject({ id: SessionId, turn: SessionTurn }),
    response: Empty,
  },
  'sessions.finish': {
    request: z.strictObject({
      id: SessionId,
      outcome: SessionOutcome,
      score: StoredScore.optional(),
      needs: SessionDocument.shape.needs,
    }),
    response: z.strictObject({ summary: SessionSummary }),
  },
  'sessions.delete': {
    request: z.strictObject({ id: SessionId }),
    response: Empty,
  },
  'sessions.export': {
    request: z.strictObject({ id: SessionId }),
    response: z.strictObject({ fileName: z.string(), content: z.string() }),
  },
  'sessions.import': {
    request: z.strictObject({ content: z.string().max(MAX_FILE_CHARS) }),
    response: z.strictObject({ summary: SessionSummary }),
  },
  /** Hides a quarantine notice once read; the quarantined file itself stays where it is. */
  'quarantine.dismiss': {
    request: z.strictObject({ id: QuarantineId }),
    response: Empty,
  },
  'settings.get': {
    request: Empty,
    response: z.strictObject({ settings: Settings }),
  },
  'settings.set': {
    request: z.strictObject({ settings: Settings }),
    response: z.strictObject({ settings: Settings }),
  },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];
export type Req<C extends Channel> = z.input<Contract[C]['request']>;
export type Res<C extends Channel> = z.infer<Contract[C]['response']>;

/** A transport sends one request on one channel and resolves with its Result (never rejects). */
export type Invoke = <C extends Channel>(channel: C, request: Req<C>) => Promise<Result<Res<C>>>;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

export function fail(code: ErrorCode, message: string, details?: string[]): { ok: false; error: BridgeError } {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}

/** Parses an untrusted request for a channel; a mismatch becomes a typed `bad_request` error. */
export function parseRequest<C extends Channel>(channel: C, request: unknown): Result<z.infer<Contract[C]['request']>> {
  const parsed = contract[channel].request.safeParse(request);
  if (parsed.success) return { ok: true, value: parsed.data as z.infer<Contract[C]['request']> };
  const details = parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message}`);
  return fail('bad_request', `Invalid request for ${channel}`, details);
}

/** Menu commands main sends to the renderer (Electron only). */
export const MenuCommand = z.enum(['import-scenario', 'export-session', 'about', 'theme-light', 'theme-dark', 'theme-system']);
export type MenuCommand = z.infer<typeof MenuCommand>;

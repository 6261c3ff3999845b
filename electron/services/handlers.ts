import type { z } from 'zod';
import {
  contract, fail, isChannel, parseRequest, type Channel, type Contract, type ErrorCode, type Res, type Result,
} from '../../core/bridge/contract';
import { isFsError, ServiceError } from './errors';
import type { Quarantine } from './quarantine';
import type { ScenarioLibrary } from './scenario-library';
import type { SessionStore } from './session-store';
import type { SettingsStore } from './settings-store';

/**
 * The one request handler behind every transport: Electron's ipcMain.handle and the HTTP server
 * both call `handle(channel, request)` with untrusted values. It checks the channel, parses the
 * request with the contract (nothing reaches a service unparsed), calls the service, and turns
 * every failure into a typed `{ok:false, error}`; no stack trace or raw Error ever crosses the bridge.
 */
export interface Services {
  sessions: SessionStore;
  settings: SettingsStore;
  scenarios: ScenarioLibrary;
  quarantine: Quarantine;
  info: { version: string; dataDir: string; transport: 'electron' | 'http' };
}

export interface HandlerOptions {
  /** Check every response against the contract (on in development and tests; costs time on big lists). */
  validateResponses?: boolean;
  /** Told about unexpected errors (for a log); the caller only ever sees a generic message. */
  onUnexpectedError?: (channel: Channel, error: unknown) => void;
}

export type Handle = (channel: unknown, request: unknown) => Promise<Result<unknown>>;

type Parsed<C extends Channel> = z.infer<Contract[C]['request']>;
type Implementations = { [C in Channel]: (request: Parsed<C>) => Promise<Res<C>> };

function implement(services: Services): Implementations {
  const { sessions, settings, scenarios, quarantine, info } = services;
  return {
    'app.info': async () => ({ ...info }),
    'scenarios.list': async () => ({ scenarios: await scenarios.list() }),
    'scenarios.read': async ({ id }) => scenarios.read(id),
    'scenarios.import': async ({ fileName, content }) => ({ listing: await scenarios.import(fileName, content) }),
    'sessions.list': async ({ query }) => sessions.list(query),
    'sessions.get': async ({ id }) => ({ session: await sessions.get(id) }),
    'sessions.start': async ({ meta }) => sessions.start(meta),
    'sessions.append': async ({ id, turn }) => {
      await sessions.append(id, turn);
      return {};
    },
    'sessions.finish': async ({ id, outcome, score, needs }) => ({ summary: await sessions.finish(id, { outcome, score, needs }) }),
    'sessions.delete': async ({ id }) => {
      await sessions.delete(id);
      return {};
    },
    'sessions.export': async ({ id }) => sessions.export(id),
    'sessions.import': async ({ content }) => ({ summary: await sessions.import(content) }),
    'quarantine.dismiss': async ({ id }) => {
      await quarantine.dismiss(id);
      return {};
    },
    'settings.get': async () => ({ settings: (await settings.get()).settings }),
    'settings.set': async ({ settings: next }) => ({ settings: await settings.set(next) }),
  };
}

/** Maps an error to what the user may see: service errors as they are, disk trouble plainly, the rest generically. */
function toFailure(channel: Channel, error: unknown, options: HandlerOptions): { ok: false; error: { code: ErrorCode; message: string; details?: string[] } } {
  if (error instanceof ServiceError) return fail(error.code, error.message, error.details);
  if (isFsError(error, 'ENOSPC')) return fail('unavailable', 'The disk is full: ListenFirst could not save. Free some space and try again.');
  if (isFsError(error, 'EACCES') || isFsError(error, 'EPERM') || isFsError(error, 'EROFS')) {
    return fail('unavailable', 'ListenFirst is not allowed to write to its data folder. Check the folder\'s permissions.');
  }
  options.onUnexpectedError?.(channel, error);
  return fail('internal', `Something went wrong while handling ${channel}. Please try again.`);
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handle {
  const implementations = implement(services);
  const validateResponses = options.validateResponses ?? process.env.NODE_ENV !== 'production';
  return async (channel, request) => {
    if (!isChannel(channel)) {
      return fail('not_found', `Unknown channel "${typeof channel === 'string' ? channel.slice(0, 60) : typeof channel}"`);
    }
    const parsed = parseRequest(channel, request);
    if (!parsed.ok) return parsed;
    try {
      const run = implementations[channel] as (request: unknown) => Promise<unknown>;
      const value = await run(parsed.value);
      if (validateResponses) {
        const checked = contract[channel].response.safeParse(value);
        if (!checked.success) {
          options.onUnexpectedError?.(channel, checked.error);
          return fail('internal', `The answer to ${channel} did not match the bridge contract`);
        }
      }
      return { ok: true, value };
    } catch (error) {
      return toFailure(channel, error, options);
    }
  };
}

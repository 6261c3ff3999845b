import { createApi } from '../../../core/bridge/api';
import { DEFAULT_SETTINGS, fail, parseRequest, type Channel, type Invoke, type Result, type Settings } from '../../../core/bridge/contract';
import type { SessionDocument } from '../../../core/session/types';
import type { AppBridge } from '../../../renderer/src/bridge/get-api';
import scenarioYaml from '../../../scenarios/overwhelmed-practice-manager.yaml?raw';

export const SCENARIO_ID = 'overwhelmed-practice-manager';

function summarize(doc: SessionDocument) {
  const { id, scenarioId, scenarioTitle, startedAt } = doc.meta;
  return { id, scenarioId, scenarioTitle, startedAt, status: doc.status, outcome: doc.outcome, turnCount: doc.turns.length };
}

/**
 * A bridge over an in-memory store (and the given scenario files) for jsdom tests, which cannot reach the Node services.
 * Every request is parsed with the real contract, so a renderer that sends a malformed turn
 * or meta fails here just as it would against the real store (the e2e suite covers that store).
 */
export function memoryBridge(scenarios: Record<string, string> = { [SCENARIO_ID]: scenarioYaml }): { api: AppBridge; sessions: Map<string, SessionDocument> } {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const sessions = new Map<string, SessionDocument>();
  const ok = <T,>(value: T): Result<T> => ({ ok: true, value });
  const invoke = async (channel: Channel, request: unknown): Promise<Result<unknown>> => {
    const parsed = parseRequest(channel, request);
    if (!parsed.ok) return parsed;
    const req: unknown = parsed.value;
    switch (channel) {
      case 'settings.get':
        return ok({ settings });
      case 'settings.set':
        settings = (req as { settings: Settings }).settings;
        return ok({ settings });
      case 'scenarios.read': {
        const { id } = req as { id: string };
        const yaml = Object.hasOwn(scenarios, id) ? scenarios[id] : undefined;
        return yaml !== undefined
          ? ok({ listing: { id, file: `${id}.yaml`, source: 'bundled', title: 'Test', problems: [] }, yaml })
          : fail('not_found', 'no such scenario');
      }
      case 'sessions.start': {
        const { meta } = req as { meta: SessionDocument['meta'] };
        sessions.set(meta.id, { format: 'listenfirst.session', schemaVersion: 1, meta, status: 'in_progress', outcome: 'in_progress', turns: [] });
        return ok({ id: meta.id });
      }
      case 'sessions.append': {
        const { id, turn } = req as { id: string; turn: SessionDocument['turns'][number] };
        const doc = sessions.get(id);
        if (!doc) return fail('not_found', `no session ${id}`);
        if (turn.index !== doc.turns.length) return fail('conflict', `turn ${turn.index} arrived out of order`);
        doc.turns.push(turn);
        return ok({});
      }
      case 'sessions.get': {
        const doc = sessions.get((req as { id: string }).id);
        return doc ? ok({ session: structuredClone(doc) }) : fail('not_found', 'no such session');
      }
      case 'sessions.finish': {
        const { id, outcome, score, needs } = req as Pick<SessionDocument, 'outcome' | 'score' | 'needs'> & { id: string };
        const doc = sessions.get(id);
        if (!doc) return fail('not_found', `no session ${id}`);
        Object.assign(doc, { status: 'finished', outcome, score, needs, endedAt: new Date().toISOString() });
        return ok({ summary: summarize(doc) });
      }
      case 'sessions.list':
        return ok({ sessions: [...sessions.values()].map(summarize), quarantined: [] });
      case 'sessions.export': {
        const doc = sessions.get((req as { id: string }).id);
        return doc ? ok({ fileName: `${doc.meta.id}.listenfirst.json`, content: JSON.stringify(doc) }) : fail('not_found', 'no such session');
      }
      default:
        return fail('unavailable', `${channel} is not part of this test bridge`);
    }
  };
  return { api: createApi(invoke as Invoke) as AppBridge, sessions };
}

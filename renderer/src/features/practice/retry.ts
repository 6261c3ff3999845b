import type { Result } from '../../../../core/bridge/contract';
import type { SessionDocument } from '../../../../core/session/types';
import type { AppBridge } from '../../bridge/get-api';
import { newSessionId } from './call-model';

/**
 * Starts a new attempt at a session from one of its turns: a new session (same scenario and
 * seed, `parentId` and `retryFromTurn` set) holding copies of every turn before `fromTurn`.
 * Replaying those rep turns with the same seed puts the customer exactly where they were.
 */
export async function startRetry(api: AppBridge, parent: SessionDocument, fromTurn: number): Promise<Result<{ id: string }>> {
  const kept = parent.turns.filter((t) => t.index < fromTurn);
  const hintsUsed = kept.filter((t) => t.hinted).length;
  const { repName, notes } = parent.meta;
  const started = await api.sessions.start({
    meta: {
      id: newSessionId(),
      scenarioId: parent.meta.scenarioId,
      scenarioTitle: parent.meta.scenarioTitle,
      startedAt: new Date().toISOString(),
      seed: parent.meta.seed,
      parentId: parent.meta.id,
      retryFromTurn: fromTurn,
      ...(repName ? { repName } : {}),
      ...(notes ? { notes } : {}),
      ...(hintsUsed ? { hintsUsed } : {}),
    },
  });
  if (!started.ok) return started;
  // One at a time: the store's journal keeps turns in the order they arrive.
  for (const turn of kept) {
    const appended = await api.sessions.append({ id: started.value.id, turn });
    if (!appended.ok) return appended;
  }
  return { ok: true, value: { id: started.value.id } };
}

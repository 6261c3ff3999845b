import { useCallback, useEffect, useRef, useState } from 'react';
import { createActor, type Actor } from 'xstate';
import type { SessionDocument, SessionTurn } from '../../../../core/session/types';
import { analyzeRepTurn, createScenarioMachine, readSnapshot, type Scenario, type ScenarioMachine } from '../../../../core/scenario';
import { useApi, useAppStore, useNavigate, useToast } from '../../store/context';
import { repLines, scoreCall, toStoredLabels, typingDelayMs } from './call-model';

export type CallActor = Actor<ScenarioMachine>;

/**
 * Builds the call's actor and replays the stored rep turns with the session's seed, which is
 * how a resumed or retried call picks up exactly where its transcript stops.
 */
export function createCallActor(scenario: Scenario, session: SessionDocument): CallActor {
  const actor = createActor(createScenarioMachine(scenario), { input: { seed: session.meta.seed } }).start();
  for (const text of repLines(session.turns)) {
    if (actor.getSnapshot().status !== 'active') break;
    actor.send({ type: 'rep.said', text, analysis: analyzeRepTurn(scenario, text, actor.getSnapshot().context.transcript) });
  }
  return actor;
}

export interface LiveCall {
  actor: CallActor;
  /** Transcript turns shown so far (the customer's reply appears after the typing delay). */
  visible: number;
  typing: boolean;
  /** Scoring and saving after the call ended. */
  finishing: boolean;
  finishError: string | null;
  hintsUsed: number;
  say(text: string, hinted: boolean): void;
  endCall(): void;
  retryFinish(): void;
}

/**
 * Runs one practice call: sends the rep's turns to the actor, saves every turn through the
 * bridge as it happens (in order, one at a time), shows the customer "typing", and when the
 * machine reaches a final state scores the call, finishes the session and opens the debrief.
 */
export function useLiveCall(scenario: Scenario, session: SessionDocument): LiveCall {
  const api = useApi();
  const navigate = useNavigate();
  const toast = useToast();
  const typingDelay = useAppStore((s) => s.settings.typingDelay);
  const [actor] = useState(() => createCallActor(scenario, session));
  const [visible, setVisible] = useState(() => actor.getSnapshot().context.transcript.length);
  const [typing, setTyping] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string | null>(null);
  const [hintsUsed, setHintsUsed] = useState(() => session.turns.filter((t) => t.hinted).length);
  // The finishing step may run from a timer set before the last render: read hints from a ref.
  const hints = useRef(hintsUsed);
  hints.current = hintsUsed;

  // Stored turns so far and the labels of rep turns not yet stored, keyed by transcript index.
  const persisted = useRef(session.turns.length);
  const pendingRep = useRef(new Map<number, Pick<SessionTurn, 'labels' | 'hinted'>>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const finished = useRef(false);

  /** Appends every transcript turn the store has not seen yet, in order. */
  const persistNew = useCallback(() => {
    const snapshot = actor.getSnapshot();
    const view = readSnapshot(snapshot);
    const turns = snapshot.context.transcript;
    for (let index = persisted.current; index < turns.length; index++) {
      const turn = turns[index]!;
      const extra = turn.speaker === 'rep' ? (pendingRep.current.get(index) ?? {}) : { state: view.state, trust: view.trust };
      const stored: SessionTurn = { index, speaker: turn.speaker, text: turn.text, at: new Date().toISOString(), ...extra };
      pendingRep.current.delete(index);
      queue.current = queue.current.then(async () => {
        const result = await api.sessions.append({ id: session.meta.id, turn: stored });
        if (!result.ok) toast({ kind: 'error', message: `Turn ${index + 1} was not saved: ${result.error.message}` });
      });
    }
    persisted.current = turns.length;
  }, [actor, api, session.meta.id, toast]);

  const finish = useCallback(async () => {
    if (finished.current) return;
    finished.current = true;
    setFinishing(true);
    setFinishError(null);
    await queue.current;
    const view = readSnapshot(actor.getSnapshot());
    const lines = actor.getSnapshot().context.transcript.filter((t) => t.speaker === 'rep').map((t) => t.text);
    const { card } = scoreCall(scenario, session.meta.seed, lines, view.outcome);
    // The store keeps the card as plain JSON; hints are part of what the score means.
    const stored = JSON.parse(JSON.stringify({ ...card, hintsUsed: hints.current })) as Record<string, unknown>;
    const result = await api.sessions.finish({
      id: session.meta.id,
      outcome: view.outcome,
      score: { listening: card.listening, pitching: card.pitching, rubricVersion: card.rubricVersion, passed: card.passed, card: stored },
      needs: view.needs,
    });
    if (!result.ok) {
      finished.current = false;
      setFinishing(false);
      setFinishError(result.error.message);
      return;
    }
    navigate({ name: 'debrief', sessionId: session.meta.id });
  }, [actor, api, navigate, scenario, session.meta.id, session.meta.seed]);

  // A resumed call may lack the reply to its last stored rep turn (the window closed in
  // between): store it now. A call whose machine had already ended is finished at once.
  useEffect(() => {
    persistNew();
    if (actor.getSnapshot().status === 'done') void finish();
    return () => clearTimeout(timer.current);
    // Only on mount: later turns are persisted as they happen.
  }, []);

  const say = useCallback(
    (text: string, hinted: boolean) => {
      const snapshot = actor.getSnapshot();
      const analysis = analyzeRepTurn(scenario, text, snapshot.context.transcript);
      const event = { type: 'rep.said', text, analysis } as const;
      // A done snapshot still says it `can` take events handled at the root, so check status too.
      if (typing || snapshot.status !== 'active' || !snapshot.can(event)) return;
      const index = snapshot.context.transcript.length;
      pendingRep.current.set(index, { labels: toStoredLabels(analysis), ...(hinted ? { hinted: true } : {}) });
      if (hinted) {
        hints.current += 1;
        setHintsUsed(hints.current);
      }
      actor.send(event);
      persistNew();
      const after = actor.getSnapshot();
      const reply = after.context.transcript[index + 1]?.text ?? '';
      const reveal = () => {
        setTyping(false);
        setVisible(after.context.transcript.length);
        if (after.status === 'done') void finish();
      };
      if (!typingDelay) return reveal();
      setVisible(index + 1);
      setTyping(true);
      timer.current = setTimeout(reveal, typingDelayMs(reply));
    },
    [actor, finish, persistNew, scenario, typing, typingDelay],
  );

  const endCall = useCallback(() => {
    const snapshot = actor.getSnapshot();
    if (snapshot.status !== 'active' || !snapshot.can({ type: 'call.ended' })) return;
    clearTimeout(timer.current);
    actor.send({ type: 'call.ended' });
    setTyping(false);
    setVisible(actor.getSnapshot().context.transcript.length);
    void finish();
  }, [actor, finish]);

  return { actor, visible, typing, finishing, finishError, hintsUsed, say, endCall, retryFinish: () => void finish() };
}

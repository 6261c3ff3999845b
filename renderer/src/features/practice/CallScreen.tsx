import { useCallback, useId, useState } from 'react';
import type { CallScreenProps } from '../../app/routes';
import type { SessionDocument } from '../../../../core/session/types';
import type { Scenario } from '../../../../core/scenario';
import { useBridgeQuery } from '../../bridge/use-bridge-query';
import { LoadError } from '../../components/LoadError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApi, useAppStore, useNavigate } from '../../store/context';
import { formatMinutes, hintFor, moodOf, talkMinutes, timeBudgetMinutes } from './call-model';
import { CallMeters } from './CallMeters';
import { BackButton, PracticeLoading, PracticeShell } from './PracticeShell';
import { ChatLog } from './ChatLog';
import { Composer } from './Composer';
import { practiceOptions } from './practice-options';
import { useActorSelector } from './use-actor-selector';
import { useLiveCall } from './use-live-call';
import { useScenario } from './use-scenario';
import './practice.css';

/** The live conversation; a resumed session (from History) is rebuilt from its stored turns. */
export default function CallScreen({ scenarioId, sessionId }: CallScreenProps) {
  const api = useApi();
  const navigate = useNavigate();
  const scenario = useScenario(scenarioId);
  const loadSession = useCallback(() => api.sessions.get({ id: sessionId }), [api, sessionId]);
  const session = useBridgeQuery(loadSession);

  const failed = scenario.status === 'error' ? { what: 'the scenario', q: scenario } : session.status === 'error' ? { what: 'this session', q: session } : null;
  if (failed && failed.q.status === 'error') {
    return (
      <PracticeShell title="Conversation" actions={<BackButton to="history" />}>
        <LoadError what={failed.what} error={failed.q.error} onRetry={failed.q.reload} />
      </PracticeShell>
    );
  }
  if (!scenario.data || !session.data) return <PracticeLoading title="Conversation" message="Connecting the call…" />;
  const doc = session.data.session;
  if (doc.status === 'finished') {
    return (
      <PracticeShell title="Conversation" subtitle={doc.meta.scenarioTitle}>
        <div className="panel notice">
          <p>This call has already ended.</p>
          <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'debrief', sessionId })}>Open the debrief</button>
        </div>
      </PracticeShell>
    );
  }
  return <Call scenario={scenario.data.scenario} session={doc} />;
}

/** The call itself, for a loaded scenario and session (tests render it with a scenario object). */
export function Call({ scenario, session }: { scenario: Scenario; session: SessionDocument }) {
  const call = useLiveCall(scenario, session);
  const settings = useAppStore((s) => s.settings);
  const options = practiceOptions(scenario);
  // Either the rep's default or the scenario can start the call in exam mode; the rep can still toggle it.
  const [examMode, setExamMode] = useState(settings.examMode || options.examMode);
  const [hint, setHint] = useState<string | null>(null);
  const examId = useId();

  const transcript = useActorSelector(call.actor, (s) => s.context.transcript);
  const trust = useActorSelector(call.actor, (s) => s.context.trust);
  const depth = useActorSelector(call.actor, (s) => s.context.depth);
  const focus = useActorSelector(call.actor, (s) => s.context.focus);
  // A finished call still answers `can` for the machine's root-level hang-up: ask both.
  const live = useActorSelector(call.actor, (s) => s.status === 'active' && s.can({ type: 'call.ended' }));

  const shown = transcript.slice(0, call.visible);
  const persona = scenario.persona;
  const mood = moodOf(trust);
  const budget = timeBudgetMinutes(scenario);
  const used = talkMinutes(shown);
  const repName = session.meta.repName || settings.name.trim() || 'You';

  function send(text: string) {
    call.say(text, hint !== null);
    setHint(null);
  }

  return (
    <div className="screen practice call">
      <ScreenHeader
        title={`Call with ${persona.name}`}
        subtitle={`${persona.role}, ${persona.company}${retryNote(session)}`}
        actions={
          <div className="call-status">
            <p className={`talk-time${used > budget * 0.85 ? ' is-late' : ''}`}>
              <span className="muted">Talk time</span> <strong>{formatMinutes(used)}</strong> <span className="muted">of ~{formatMinutes(budget)}</span>
            </p>
            {!examMode && options.showMood && (
              <p className={`mood mood-${mood.tone}`}>
                <span className="mood-dot" aria-hidden="true" /> Mood: <strong>{mood.label}</strong>
              </p>
            )}
          </div>
        }
      />
      <div className="call-grid">
        <section className="panel call-main" aria-label="Conversation">
          <ChatLog turns={shown} customerName={persona.name} repName={repName} typing={call.typing} />
          {call.finishing && <p className="call-ending" role="status">The call has ended. Scoring your conversation…</p>}
          {call.finishError && (
            <div className="call-ending is-error" role="alert">
              <p>The call ended but could not be saved: {call.finishError}</p>
              <button type="button" className="btn btn-small" onClick={call.retryFinish}>Try again</button>
            </div>
          )}
          <Composer disabled={!live} busy={call.typing || call.finishing} canEnd={live && !call.finishing} onSend={send} onEnd={call.endCall} />
        </section>
        <aside className="call-side">
          <section className="panel call-tools" aria-label="Call tools">
            <label className="switch" htmlFor={examId}>
              <input id={examId} type="checkbox" checked={examMode} onChange={(e) => setExamMode(e.target.checked)} />
              <span>Exam mode <span className="muted">(hide meters{options.showMood ? ' and mood' : ''})</span></span>
            </label>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setHint(hintFor(scenario, depth, focus))}
              disabled={!live || hint !== null}
              aria-describedby={`${examId}-hint-note`}
            >
              Hint
            </button>
            <p id={`${examId}-hint-note`} className="meter-note">A hint is noted in your score{call.hintsUsed > 0 ? ` (used ${call.hintsUsed})` : ''}.</p>
            {/* Beside the log rather than under it, so the latest reply stays in view. */}
            {hint && <p className="hint-callout" role="status"><strong>Hint:</strong> {hint}</p>}
          </section>
          {!examMode && <CallMeters scenario={scenario} turns={shown} />}
          {session.meta.notes && (
            <section className="panel call-notes" aria-labelledby="call-notes-title">
              <h2 id="call-notes-title">Your notes</h2>
              <p className="notes-text">{session.meta.notes}</p>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

/** " · new attempt from your turn 3" for a retry, numbered as the debrief numbers the rep's turns. */
function retryNote(session: SessionDocument): string {
  const from = session.meta.retryFromTurn;
  if (from === undefined) return '';
  const repTurn = session.turns.filter((t) => t.speaker === 'rep' && t.index < from).length + 1;
  return ` · new attempt from your turn ${repTurn}`;
}

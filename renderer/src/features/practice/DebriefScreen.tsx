import { useCallback, useState } from 'react';
import type { DebriefScreenProps } from '../../app/routes';
import type { SessionDocument } from '../../../../core/session/types';
import type { Scenario } from '../../../../core/scenario';
import type { Scorecard } from '../../../../core/scoring';
import { useBridgeQuery } from '../../bridge/use-bridge-query';
import { LoadError } from '../../components/LoadError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApi, useNavigate, useToast } from '../../store/context';
import { modelQuestion } from './call-model';
import { AnnotatedTranscript } from './AnnotatedTranscript';
import { DebriefCharts } from './DebriefCharts';
import { startRetry } from './retry';
import { BackButton, PracticeLoading, PracticeShell } from './PracticeShell';
import { ComponentTable } from './ScoreTables';
import { useScenario } from './use-scenario';
import './practice.css';

const OUTCOMES: Record<string, { text: string; detail: string }> = {
  next_step: { text: 'Next step agreed', detail: 'The customer agreed to meet again.' },
  brush_off: { text: 'Brushed off', detail: 'The call ended politely, without a next step.' },
  ended_early: { text: 'Ended early', detail: 'The customer ended the call: trust or patience ran out.' },
  abandoned: { text: 'Abandoned', detail: 'The call was left unfinished.' },
  in_progress: { text: 'Unfinished', detail: 'The call has not ended yet.' },
};

const DEPTHS: Record<string, string> = { situation: 'situation only', problem: 'the problem', implication: 'its cost (implication)', need_payoff: 'what solving it means (need-payoff)' };

/** The stored card is free-form JSON; accept it as a scorecard only if it has the parts we draw. */
function asScorecard(card: Record<string, unknown> | undefined): Scorecard | null {
  if (!card) return null;
  const c = card as Partial<Scorecard>;
  return c.metrics && c.components && Array.isArray(c.components.listening) && Array.isArray(c.components.pitching) ? (card as unknown as Scorecard) : null;
}

/** Scores, charts, needs and the annotated transcript of a finished call. */
export default function DebriefScreen({ sessionId }: DebriefScreenProps) {
  const api = useApi();
  const navigate = useNavigate();
  const load = useCallback(() => api.sessions.get({ id: sessionId }), [api, sessionId]);
  const query = useBridgeQuery(load);
  if (query.status === 'error') {
    return (
      <PracticeShell title="Debrief" actions={<BackButton to="history" />}>
        <LoadError what="this session" error={query.error} onRetry={query.reload} />
      </PracticeShell>
    );
  }
  if (!query.data) return <PracticeLoading title="Debrief" message="Loading the debrief…" />;
  const doc = query.data.session;
  const card = asScorecard(doc.score?.card);
  if (doc.status !== 'finished' || !doc.score || !card) {
    return (
      <PracticeShell title="Debrief" subtitle={doc.meta.scenarioTitle} actions={<BackButton to="history" />}>
        <div className="panel notice">
          <p>{doc.status !== 'finished' ? 'This call is not finished yet, so there is nothing to score.' : 'This session was saved without a full scorecard.'}</p>
          {doc.status !== 'finished' && (
            <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'call', scenarioId: doc.meta.scenarioId, sessionId })}>Resume the call</button>
          )}
        </div>
      </PracticeShell>
    );
  }
  return <Debrief doc={doc} card={card} />;
}

function Debrief({ doc, card }: { doc: SessionDocument; card: Scorecard }) {
  const api = useApi();
  const navigate = useNavigate();
  const toast = useToast();
  const scenarioQuery = useScenario(doc.meta.scenarioId);
  const scenario = scenarioQuery.data?.scenario;
  const [retrying, setRetrying] = useState(false);
  const score = doc.score!;
  const outcome = OUTCOMES[doc.outcome] ?? OUTCOMES.in_progress!;
  const hintsUsed = typeof (doc.score?.card as { hintsUsed?: unknown } | undefined)?.hintsUsed === 'number'
    ? (doc.score!.card as { hintsUsed: number }).hintsUsed
    : doc.turns.filter((t) => t.hinted).length;

  async function retry(fromTurn: number) {
    setRetrying(true);
    const result = await startRetry(api, doc, fromTurn);
    if (!result.ok) {
      setRetrying(false);
      toast({ kind: 'error', message: `Could not start a new attempt: ${result.error.message}` });
      return;
    }
    navigate({ name: 'call', scenarioId: doc.meta.scenarioId, sessionId: result.value.id });
  }

  const customerName = scenario?.persona.name ?? 'Customer';
  const started = new Date(doc.meta.startedAt);
  return (
    <div className="screen practice debrief">
      <ScreenHeader
        title="Debrief"
        subtitle={`${doc.meta.scenarioTitle} · ${started.toLocaleString()}${doc.meta.parentId ? ' · retry attempt' : ''}`}
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={() => navigate({ name: 'brief', scenarioId: doc.meta.scenarioId })}>Practise again</button>
            <BackButton to="history" />
          </>
        }
      />

      <div className="debrief-headline">
        <ScoreTile side="Listening" score={score.listening} mark={`Higher is better; pass mark ${card.passMark.listening} or more.`} />
        <ScoreTile side="Pitching" score={score.pitching} mark={`Lower is better; pass mark ${card.passMark.pitching} or less.`} />
        <section className="panel score-tile outcome" aria-labelledby="score-outcome">
          <h2 id="score-outcome">Outcome</h2>
          <p className="outcome-text">{outcome.text}</p>
          <p className="score-mark">
            {outcome.detail} {card.passed ? 'You passed this rubric.' : 'Not a pass yet.'}
            {hintsUsed > 0 ? ` Hints used: ${hintsUsed}.` : ''}
          </p>
          {card.preparation && (
            <p className="score-mark">
              Preparation used: {card.preparation.used.length} of {card.preparation.used.length + card.preparation.unused.length} brief facts.
            </p>
          )}
        </section>
      </div>

      {card.warnings.length > 0 && (
        <ul className="debrief-warnings" aria-label="Warnings">
          {card.warnings.map((w, i) => <li key={i}>{w}</li>)}
        </ul>
      )}

      <div className="debrief-stack">
        <section className="panel debrief-section" aria-labelledby="components-listening">
          <h2 id="components-listening">What made your Listening score</h2>
          <ComponentTable title="Listening" components={card.components.listening} />
        </section>
        <section className="panel debrief-section" aria-labelledby="components-pitching">
          <h2 id="components-pitching">What made your Pitching score</h2>
          <ComponentTable title="Pitching" components={card.components.pitching} />
        </section>
      </div>

      <section className="debrief-section-plain" aria-labelledby="charts-title">
        <h2 id="charts-title" className="visually-hidden">Charts</h2>
        <DebriefCharts card={card} turns={doc.turns} />
      </section>

      <NeedsPanel doc={doc} scenario={scenario} />

      <section className="panel debrief-section" aria-labelledby="transcript-title">
        <h2 id="transcript-title">Annotated transcript</h2>
        <p className="muted small">Focus or hover a tag to see why the turn was tagged that way. Retry from any of your turns to try a different line from there.</p>
        <AnnotatedTranscript
          turns={doc.turns}
          customerName={customerName}
          repName={doc.meta.repName || 'You'}
          onRetry={(turn) => void retry(turn)}
          retrying={retrying}
        />
      </section>
    </div>
  );
}

/** A headline score: the heading ("Listening" or "Pitching") with its number beside it, then the pass mark. */
function ScoreTile({ side, score, mark }: { side: 'Listening' | 'Pitching'; score: number; mark: string }) {
  const id = `score-${side.toLowerCase()}`;
  return (
    <section className={`panel score-tile ${side.toLowerCase()}`} aria-labelledby={id}>
      <div className="score-tile-head">
        <h2 id={id}>{side}</h2>
        <p className="score-number">{score}</p>
      </div>
      <p className="score-mark">{mark}</p>
    </section>
  );
}

/** Needs uncovered (and how deep) versus missed, with a question that would have opened each missed one. */
function NeedsPanel({ doc, scenario }: { doc: SessionDocument; scenario: Scenario | undefined }) {
  const needs = doc.needs ?? { uncovered: [], missed: [] };
  const find = (id: string) => scenario?.needs.find((n) => n.id === id);
  return (
    <div className="debrief-columns">
      <section className="panel debrief-section" aria-labelledby="needs-uncovered">
        <h2 id="needs-uncovered">Needs uncovered ({needs.uncovered.length})</h2>
        {needs.uncovered.length === 0 ? <p className="muted">None this time.</p> : (
          <ul className="needs-list">
            {needs.uncovered.map((n) => (
              <li key={n.id}>
                <span className="need-title">{find(n.id)?.title ?? n.id}</span>
                <span className="muted">Reached {DEPTHS[n.depth] ?? n.depth}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel debrief-section" aria-labelledby="needs-missed">
        <h2 id="needs-missed">Needs missed ({needs.missed.length})</h2>
        {needs.missed.length === 0 ? <p className="muted">You found every need.</p> : (
          <ul className="needs-list">
            {needs.missed.map((id) => {
              const need = find(id);
              return (
                <li key={id}>
                  <span className="need-title">{need?.title ?? id}</span>
                  {need && <span>You could have asked: <span className="model-question">“{modelQuestion(need)}”</span></span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

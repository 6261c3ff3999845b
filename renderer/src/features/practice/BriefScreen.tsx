import { useId, useState } from 'react';
import type { BriefScreenProps } from '../../app/routes';
import { LoadError } from '../../components/LoadError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApi, useAppStore, useNavigate, useToast } from '../../store/context';
import { BackButton, PracticeLoading, PracticeShell } from './PracticeShell';
import { goalOf, newSeed, newSessionId, timeBudgetMinutes } from './call-model';
import { practiceOptions, type PracticeOptions } from './practice-options';
import { useScenario, type LoadedScenario } from './use-scenario';
import './practice.css';

const DIFFICULTY_BADGE = { easy: 'badge-success', medium: 'badge-warning', hard: 'badge-danger' } as const;

/** The pre-call brief: who you are calling, what you know, what you want; then Start call. */
export default function BriefScreen({ scenarioId }: BriefScreenProps) {
  const query = useScenario(scenarioId);
  if (query.status === 'error') {
    return (
      <PracticeShell title="Pre-call brief" actions={<BackButton to="library" />}>
        <LoadError what="this scenario" error={query.error} onRetry={query.reload} />
        {query.error.details && <ul className="problem-list">{query.error.details.map((d, i) => <li key={i}><code>{d}</code></li>)}</ul>}
      </PracticeShell>
    );
  }
  if (!query.data) return <PracticeLoading title="Pre-call brief" message="Loading the brief…" />;
  return <Brief loaded={query.data} />;
}

/** The brief itself, for a loaded scenario (tests render it with a scenario object). */
export function Brief({ loaded }: { loaded: LoadedScenario }) {
  const { scenario, listing } = loaded;
  const api = useApi();
  const navigate = useNavigate();
  const toast = useToast();
  const repName = useAppStore((s) => s.settings.name);
  const [notes, setNotes] = useState('');
  const [starting, setStarting] = useState(false);
  const notesId = useId();
  const persona = scenario.persona;

  async function startCall() {
    setStarting(true);
    const id = newSessionId();
    const result = await api.sessions.start({
      meta: {
        id,
        scenarioId: listing.id,
        scenarioTitle: scenario.title.slice(0, 500),
        startedAt: new Date().toISOString(),
        seed: newSeed(),
        ...(repName.trim() ? { repName: repName.trim().slice(0, 500) } : {}),
        ...(notes.trim() ? { notes: notes.slice(0, 20_000) } : {}),
      },
    });
    if (!result.ok) {
      setStarting(false);
      toast({ kind: 'error', message: `Could not start the call: ${result.error.message}`, details: result.error.details });
      return;
    }
    navigate({ name: 'call', scenarioId: listing.id, sessionId: result.value.id });
  }

  return (
    <div className="screen practice brief">
      <ScreenHeader
        title="Pre-call brief"
        subtitle={scenario.title}
        actions={<BackButton to="library" />}
      />
      <div className="brief-grid">
        <div className="brief-main">
          <section className="panel brief-persona" aria-labelledby="brief-persona-title">
            <div className="persona-head">
              <span className="avatar" aria-hidden="true">{initials(persona.name)}</span>
              <div>
                <h2 id="brief-persona-title">{persona.name}</h2>
                <p className="muted">{persona.role}, {persona.company}</p>
              </div>
              <span className={`badge ${DIFFICULTY_BADGE[scenario.difficulty]}`}>{scenario.difficulty}</span>
            </div>
            <dl className="persona-facts">
              <div><dt>Personality</dt><dd>{persona.personality}</dd></div>
              <div><dt>How they speak</dt><dd>{persona.speaking_style}</dd></div>
              <div><dt>Industry</dt><dd>{scenario.industry}</dd></div>
            </dl>
          </section>

          <section className="panel brief-section" aria-labelledby="brief-research-title">
            <h2 id="brief-research-title">Account research</h2>
            <ul className="research-list">
              {scenario.brief.map((fact) => <li key={fact.id}>{fact.text}</li>)}
            </ul>
            <p className="muted small">Mentioning what you found counts as using your preparation.</p>
          </section>

          <section className="panel brief-section" aria-labelledby="brief-product-title">
            <h2 id="brief-product-title">What you sell: {scenario.product.name}</h2>
            <p>{scenario.product.summary}</p>
          </section>
        </div>

        <aside className="brief-side">
          <section className="panel brief-section brief-goal" aria-labelledby="brief-goal-title">
            <h2 id="brief-goal-title">Your goal</h2>
            <p>{goalOf(scenario)}</p>
            <dl className="goal-facts">
              <div><dt>Their patience</dt><dd>up to {timeBudgetMinutes(scenario)} min</dd></div>
              <div><dt>Expected length</dt><dd>~{scenario.expected_minutes} min</dd></div>
            </dl>
            <PracticeNotes options={practiceOptions(scenario)} />
          </section>
          <section className="panel brief-section" aria-labelledby="brief-notes-title">
            <h2 id="brief-notes-title">Your preparation</h2>
            <label className="field" htmlFor={notesId}>
              <span className="field-label">Notes (kept with this session)</span>
              <textarea
                id={notesId}
                className="input textarea"
                rows={7}
                maxLength={20_000}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                placeholder="Questions you want to ask, hypotheses to test…"
              />
            </label>
            <button type="button" className="btn btn-primary btn-large" onClick={() => void startCall()} disabled={starting}>
              {starting ? 'Starting…' : 'Start call'}
            </button>
          </section>
        </aside>
      </div>
    </div>
  );
}

/** What this scenario changes about the call screen, said before the call starts. */
function PracticeNotes({ options }: { options: PracticeOptions }) {
  if (options.showMood && !options.examMode) return null;
  return (
    <ul className="practice-notes">
      {!options.showMood && <li>{"This customer's mood is hidden: read it from what they say."}</li>}
      {options.examMode && <li>This call starts in exam mode: the live meters are hidden (you can turn exam mode off during the call).</li>}
    </ul>
  );
}

function initials(name: string): string {
  return name.split(/\s+/).map((part) => part[0] ?? '').join('').slice(0, 2).toUpperCase();
}

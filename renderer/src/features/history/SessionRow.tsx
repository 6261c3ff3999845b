import { useState } from 'react';
import type { SessionOutcome, SessionSummary } from '../../../../core/session/types';

export const OUTCOME_LABEL: Record<SessionOutcome, string> = {
  next_step: 'Next step agreed',
  brush_off: 'Brushed off',
  ended_early: 'Ended early',
  in_progress: 'In progress',
  abandoned: 'Abandoned',
};

const OUTCOME_BADGE: Record<SessionOutcome, string> = {
  next_step: 'badge-success',
  brush_off: 'badge-danger',
  ended_early: 'badge-warning',
  in_progress: 'badge-accent',
  abandoned: '',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface SessionActions {
  open(session: SessionSummary): void;
  resume(session: SessionSummary): void;
  remove(session: SessionSummary): Promise<void>;
  exportFile(session: SessionSummary): Promise<void>;
}

/**
 * One stored session. Unfinished ones offer Resume or Discard; finished ones show outcome and
 * scores and open their debrief. Deleting asks for confirmation in place.
 */
export function SessionRow({ session, actions }: { session: SessionSummary; actions: SessionActions }) {
  const [confirming, setConfirming] = useState(false);
  const finished = session.status === 'finished';
  const label = `${session.scenarioTitle}, ${when.format(new Date(session.startedAt))}`;
  return (
    <li className="session-row panel">
      <div className="session-main">
        <p className="session-title">{session.scenarioTitle}</p>
        <p className="session-meta">
          <time dateTime={session.startedAt}>{when.format(new Date(session.startedAt))}</time>
          {' · '}{session.turnCount} turn{session.turnCount === 1 ? '' : 's'}
          {session.parentId && ' · retry'}
        </p>
      </div>
      <span className={`badge ${OUTCOME_BADGE[session.outcome]}`}>{OUTCOME_LABEL[session.outcome]}</span>
      <dl className="session-scores">
        <div><dt>Listening</dt><dd className="score-listening">{session.listening === undefined ? '—' : Math.round(session.listening)}</dd></div>
        <div><dt>Pitching</dt><dd className="score-pitching">{session.pitching === undefined ? '—' : Math.round(session.pitching)}</dd></div>
      </dl>
      <div className="session-actions" role="group" aria-label={`Actions for ${label}`}>
        {confirming ? (
          <>
            <span className="confirm-text">{finished ? 'Delete this session?' : 'Discard this session?'}</span>
            <button type="button" className="btn btn-small btn-danger-solid" onClick={() => void actions.remove(session)} autoFocus>
              {finished ? 'Delete' : 'Discard'}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>Cancel</button>
          </>
        ) : finished ? (
          <>
            <button type="button" className="btn btn-small btn-primary" onClick={() => actions.open(session)} aria-label={`Open debrief: ${label}`}>Open debrief</button>
            <button type="button" className="btn btn-small" onClick={() => void actions.exportFile(session)} aria-label={`Export ${label}`}>Export</button>
            <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>Delete</button>
          </>
        ) : (
          <>
            <button type="button" className="btn btn-small btn-primary" onClick={() => actions.resume(session)} aria-label={`Resume ${label}`}>Resume</button>
            <button type="button" className="btn btn-small" onClick={() => void actions.exportFile(session)} aria-label={`Export ${label}`}>Export</button>
            <button type="button" className="btn btn-small btn-danger" onClick={() => setConfirming(true)} aria-label={`Discard ${label}`}>Discard</button>
          </>
        )}
      </div>
    </li>
  );
}

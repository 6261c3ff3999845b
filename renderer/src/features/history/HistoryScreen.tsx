import { useMemo, useState } from 'react';
import type { Quarantined } from '../../../../core/bridge/contract';
import type { SessionSummary } from '../../../../core/session/types';
import { useBridgeQuery } from '../../bridge/use-bridge-query';
import { FileImportButton, type PickedFile } from '../../components/FileImportButton';
import { LoadError } from '../../components/LoadError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApi, useNavigate, useToast } from '../../store/context';
import { ALL_SESSIONS, filterSessions, scenariosIn, type HistoryFilter } from './history-filters';
import { progressPoints } from './metrics';
import { ProgressCharts } from './ProgressCharts';
import { QuarantineNotice } from './QuarantineNotice';
import { exportSessionFile } from './save-file';
import { SessionRow, type SessionActions } from './SessionRow';
import { useTurnMetrics } from './use-turn-metrics';
import './history.css';

/** Rows rendered at first; thousands of stored sessions must not mean thousands of DOM rows. */
const PAGE_SIZE = 50;

/** Every stored session with filters, actions, and progress over time. */
export function HistoryScreen() {
  const api = useApi();
  const navigate = useNavigate();
  const toast = useToast();
  const list = useBridgeQuery(() => api.sessions.list({}));
  const [filter, setFilterState] = useState<HistoryFilter>(ALL_SESSIONS);
  const [shown, setShown] = useState(PAGE_SIZE);
  const setFilter = (next: HistoryFilter) => {
    setFilterState(next);
    setShown(PAGE_SIZE);
  };

  const sessions = list.data?.sessions;
  const quarantined = list.data?.quarantined ?? [];
  const details = useTurnMetrics(api, sessions);
  const visible = useMemo(() => filterSessions(sessions ?? [], filter), [sessions, filter]);
  const scenarios = useMemo(() => scenariosIn(sessions ?? []), [sessions]);
  const points = useMemo(() => progressPoints(visible, details), [visible, details]);

  const actions: SessionActions = {
    open: (s) => navigate({ name: 'debrief', sessionId: s.id }),
    resume: (s) => navigate({ name: 'call', scenarioId: s.scenarioId, sessionId: s.id }),
    async remove(s: SessionSummary) {
      const result = await api.sessions.delete({ id: s.id });
      if (result.ok) toast({ kind: 'info', message: `Deleted the session of ${s.scenarioTitle}.` });
      else toast({ kind: 'error', message: `Could not delete the session: ${result.error.message}` });
      list.reload();
    },
    async exportFile(s: SessionSummary) {
      const message = await exportSessionFile(api, s.id);
      if (message) toast(message);
    },
  };

  async function importSession({ fileName, content }: PickedFile) {
    const result = await api.sessions.import({ content });
    if (result.ok) {
      toast({ kind: 'info', message: `Imported a session of ${result.value.summary.scenarioTitle}.` });
      list.reload();
    } else {
      toast({ kind: 'error', message: `Could not import ${fileName}: ${result.error.message}`, details: result.error.details });
    }
  }

  async function dismissQuarantined(entry: Quarantined): Promise<boolean> {
    const result = await api.quarantine.dismiss({ id: entry.id });
    if (!result.ok) {
      toast({ kind: 'error', message: `Could not dismiss the notice about ${entry.file}: ${result.error.message}` });
      return false;
    }
    toast({ kind: 'info', message: `Dismissed the notice about ${entry.file}. The file itself stays in the quarantine folder.` });
    list.reload();
    return true;
  }

  const filtered = filter.scenarioId !== 'all' || filter.from !== '' || filter.to !== '';
  return (
    <div className="screen history">
      <ScreenHeader
        title="History"
        subtitle="Every practice call you have saved, and how your listening is developing."
        actions={<FileImportButton label="Import session" accept=".json" onFile={(f) => void importSession(f)} />}
      />
      <QuarantineNotice entries={quarantined} onDismiss={dismissQuarantined} />
      {list.status === 'error' && <LoadError what="your sessions" error={list.error} onRetry={list.reload} />}
      {list.status === 'loading' && !sessions && <p className="muted" role="status">Loading sessions…</p>}
      {sessions && sessions.length === 0 && (
        <div className="empty-state">
          <h2>No sessions yet</h2>
          <p>Your practice calls appear here as soon as you start one.</p>
          <p><a href="#/library">Choose a scenario to practise</a></p>
        </div>
      )}
      {sessions && sessions.length > 0 && (
        <>
          <div className="history-filters" role="search" aria-label="Filter sessions">
            <label className="field grow">
              <span className="field-label">Scenario</span>
              <select className="select" value={filter.scenarioId} onChange={(e) => setFilter({ ...filter, scenarioId: e.target.value })}>
                <option value="all">All scenarios</option>
                {scenarios.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
              </select>
            </label>
            <label className="field">
              <span className="field-label">From</span>
              <input className="input" type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
            </label>
            <label className="field">
              <span className="field-label">To</span>
              <input className="input" type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => setFilter({ ...filter, to: e.target.value })} />
            </label>
            {filtered && <button type="button" className="btn" onClick={() => setFilter(ALL_SESSIONS)}>Clear filters</button>}
          </div>
          <ProgressCharts points={points} />
          <section aria-labelledby="sessions-title" className="sessions">
            <h2 id="sessions-title">Sessions <span className="muted count">{visible.length}</span></h2>
            {visible.length === 0 ? (
              <p className="muted">No sessions match these filters.</p>
            ) : (
              <>
                <ul className="session-list">
                  {visible.slice(0, shown).map((s) => <SessionRow key={s.id} session={s} actions={actions} />)}
                </ul>
                {visible.length > shown && (
                  <button type="button" className="btn show-more" onClick={() => setShown(shown + PAGE_SIZE)}>
                    Show {Math.min(PAGE_SIZE, visible.length - shown)} more ({visible.length - shown} not shown)
                  </button>
                )}
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useBridgeQuery } from '../../bridge/use-bridge-query';
import { FileImportButton, useFileDrop, type FileImportButtonHandle, type PickedFile } from '../../components/FileImportButton';
import { LoadError } from '../../components/LoadError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useApi, useAppStore, useToast } from '../../store/context';
import { bestListeningByScenario, filterScenarios, industriesOf, NO_FILTER, type LibraryFilter } from './filters';
import { ImportProblems, type ImportFailure } from './ImportProblems';
import { LibraryFilters } from './LibraryFilters';
import { ScenarioCard } from './ScenarioCard';
import './library.css';

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The first screen: every scenario as a card, filters, and scenario import (button, drop, menu). */
export function LibraryScreen() {
  const api = useApi();
  const toast = useToast();
  const scenarios = useBridgeQuery(() => api.scenarios.list({}));
  // Best scores are a nicety: if History can't load, the cards just say "Not played".
  const sessions = useBridgeQuery(() => api.sessions.list({ query: { status: 'finished' } }));
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const picker = useRef<FileImportButtonHandle>(null);

  const importRequests = useAppStore((state) => state.importRequests);
  const seenRequests = useRef(importRequests);
  useEffect(() => {
    if (importRequests === seenRequests.current) return;
    seenRequests.current = importRequests;
    picker.current?.open();
  }, [importRequests]);

  async function importScenario({ fileName, content }: PickedFile) {
    const result = await api.scenarios.import({ fileName, content });
    if (!result.ok) {
      setFailure({ fileName, error: result.error });
      return;
    }
    const { listing } = result.value;
    scenarios.reload();
    if (listing.problems.length > 0) {
      setFailure({ fileName, error: { code: 'invalid_scenario', message: `${listing.title} was saved but needs fixing before it can be played.`, details: listing.problems } });
    } else {
      setFailure(null);
      toast({ kind: 'info', message: `Imported “${listing.title}”.` });
    }
  }

  const { dragging, dropProps } = useFileDrop((file) => void importScenario(file));
  const listings = useMemo(() => scenarios.data?.scenarios ?? [], [scenarios.data]);
  const visible = useMemo(() => filterScenarios(listings, filter), [listings, filter]);
  const industries = useMemo(() => industriesOf(listings), [listings]);
  const best = useMemo(() => bestListeningByScenario(sessions.data?.sessions ?? []), [sessions.data]);

  return (
    <div className={`screen library${dragging ? ' is-dragging' : ''}`} {...dropProps}>
      <ScreenHeader
        title="Practice"
        subtitle="Pick a customer and practise listening before you pitch."
        actions={<FileImportButton ref={picker} label="Import scenario" accept=".yaml,.yml,.json" onFile={(f) => void importScenario(f)} />}
      />
      {failure && <ImportProblems failure={failure} onDismiss={() => setFailure(null)} />}
      <LibraryFilters filter={filter} industries={industries} onChange={setFilter} />
      {scenarios.status === 'error' && <LoadError what="the scenario library" error={scenarios.error} onRetry={scenarios.reload} />}
      {scenarios.status === 'loading' && !scenarios.data && <p className="muted" role="status">Loading scenarios…</p>}
      {scenarios.data && listings.length === 0 && (
        <div className="empty-state">
          <h2>No scenarios yet</h2>
          <p>Import a scenario file, or drop one here.</p>
        </div>
      )}
      {listings.length > 0 && (
        <>
          <p className="muted library-count" aria-live="polite">
            {visible.length === listings.length ? plural(listings.length, 'scenario') : `${visible.length} of ${plural(listings.length, 'scenario')}`}
          </p>
          {visible.length === 0 ? (
            <div className="empty-state">
              <h2>Nothing matches</h2>
              <button type="button" className="btn" onClick={() => setFilter(NO_FILTER)}>Clear filters</button>
            </div>
          ) : (
            <ul className="scenario-grid" aria-label="Scenarios">
              {visible.map((listing) => (
                <li key={`${listing.source}:${listing.id}:${listing.file}`}>
                  <ScenarioCard listing={listing} bestListening={best.get(listing.id)} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {dragging && <div className="drop-overlay" aria-hidden="true">Drop the scenario file to import it</div>}
    </div>
  );
}

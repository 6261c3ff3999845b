import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../../../core/session/types';
import type { AppBridge } from '../../bridge/get-api';
import { turnMetrics, type MetricValues } from './metrics';

/** Enough history for a readable trend without reading hundreds of documents on open. */
const MAX_DETAILED = 60;
const BATCH = 6;

/**
 * Summaries carry only Listening and Pitching, so talk share, questions and reflections come
 * from each finished session's document, fetched lazily in small batches after the list shows.
 * A session that fails to load is simply left out of those three charts.
 */
export function useTurnMetrics(api: AppBridge, sessions: readonly SessionSummary[] | undefined): ReadonlyMap<string, MetricValues> {
  const [metrics, setMetrics] = useState<ReadonlyMap<string, MetricValues>>(new Map());
  useEffect(() => {
    if (!sessions) return;
    let cancelled = false;
    const wanted = sessions
      .filter((s) => s.status === 'finished')
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
      .slice(0, MAX_DETAILED)
      .map((s) => s.id);
    void (async () => {
      const found = new Map<string, MetricValues>();
      for (let i = 0; i < wanted.length && !cancelled; i += BATCH) {
        const results = await Promise.all(wanted.slice(i, i + BATCH).map((id) => api.sessions.get({ id })));
        for (const result of results) if (result.ok) found.set(result.value.session.meta.id, turnMetrics(result.value.session));
      }
      if (!cancelled) setMetrics(found);
    })();
    return () => {
      cancelled = true;
    };
  }, [api, sessions]);
  return metrics;
}

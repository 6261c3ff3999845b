import type { SessionSummary } from '../../../../core/session/types';

export interface HistoryFilter {
  scenarioId: string | 'all';
  /** Inclusive dates as `YYYY-MM-DD` (from `<input type="date">`); empty means open-ended. */
  from: string;
  to: string;
}

export const ALL_SESSIONS: HistoryFilter = { scenarioId: 'all', from: '', to: '' };

/** The local calendar day a session started on, as `YYYY-MM-DD`. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Sessions matching the filter, newest first. */
export function filterSessions(sessions: readonly SessionSummary[], filter: HistoryFilter): SessionSummary[] {
  return sessions
    .filter((s) => filter.scenarioId === 'all' || s.scenarioId === filter.scenarioId)
    .filter((s) => {
      const day = localDay(s.startedAt);
      return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
    })
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The scenarios that appear in History, for the filter's options (id → title). */
export function scenariosIn(sessions: readonly SessionSummary[]): Array<{ id: string; title: string }> {
  const titles = new Map<string, string>();
  for (const s of sessions) if (!titles.has(s.scenarioId)) titles.set(s.scenarioId, s.scenarioTitle);
  return [...titles].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

import type { SessionSummary } from '../../core/session/types';
import { ServiceError } from './errors';

/** History filters: scenario, a date range on the start time (inclusive), and status. */
export interface SessionQuery {
  scenarioId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  status?: 'in_progress' | 'finished' | undefined;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Parses a query bound; a date-only `to` covers that whole day (UTC). */
function bound(value: string | undefined, field: 'from' | 'to'): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new ServiceError('bad_request', `query.${field}: "${value}" is not a date (use e.g. 2026-05-01 or an ISO timestamp)`);
  return field === 'to' && DATE_ONLY.test(value) ? ms + DAY_MS - 1 : ms;
}

/** Filters summaries and sorts them newest first (by start time, then id for a stable order). */
export function filterSessions(sessions: readonly SessionSummary[], query: SessionQuery): SessionSummary[] {
  const from = bound(query.from, 'from');
  const to = bound(query.to, 'to');
  const timed = sessions
    .filter((s) => (query.scenarioId === undefined || s.scenarioId === query.scenarioId) && (query.status === undefined || s.status === query.status))
    .map((s) => ({ s, t: Date.parse(s.startedAt) }))
    .filter(({ t }) => (from === undefined || t >= from) && (to === undefined || t <= to));
  timed.sort((a, b) => (b.t || 0) - (a.t || 0) || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  return timed.map(({ s }) => s);
}

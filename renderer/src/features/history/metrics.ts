import type { SessionDocument, SessionSummary } from '../../../../core/session/types';

/** The progress metrics History charts, each a number per finished session. */
export const METRICS = [
  { key: 'listening', label: 'Listening', unit: '', higherIsBetter: true },
  { key: 'pitching', label: 'Pitching', unit: '', higherIsBetter: false },
  { key: 'talkShare', label: 'Talk share', unit: '%', higherIsBetter: false },
  { key: 'questions', label: 'Questions asked', unit: '', higherIsBetter: true },
  { key: 'reflections', label: 'Reflections', unit: '', higherIsBetter: true },
] as const;

export type MetricKey = (typeof METRICS)[number]['key'];
export type MetricValues = Partial<Record<MetricKey, number>>;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Talk share, questions and reflections of one stored session, counted from its turns and the
 * analyzer labels stored with them (a snapshot, so old sessions keep their numbers even if the
 * rubric changes later).
 */
export function turnMetrics(session: Pick<SessionDocument, 'turns'>): MetricValues {
  let repWords = 0;
  let allWords = 0;
  let questions = 0;
  let reflections = 0;
  for (const turn of session.turns) {
    const n = words(turn.text);
    allWords += n;
    if (turn.speaker !== 'rep') continue;
    repWords += n;
    if (turn.labels && turn.labels.question !== 'none') questions++;
    if (turn.labels?.reflect) reflections++;
  }
  return {
    ...(allWords > 0 ? { talkShare: Math.round((repWords / allWords) * 100) } : {}),
    questions,
    reflections,
  };
}

export interface ProgressPoint extends MetricValues {
  id: string;
  startedAt: string;
  scenarioTitle: string;
}

/** Finished, scored sessions oldest first, with the turn metrics where details have loaded. */
export function progressPoints(sessions: readonly SessionSummary[], details: ReadonlyMap<string, MetricValues>): ProgressPoint[] {
  return sessions
    .filter((s) => s.status === 'finished' && (s.listening !== undefined || details.has(s.id)))
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((s) => ({
      id: s.id,
      startedAt: s.startedAt,
      scenarioTitle: s.scenarioTitle,
      ...(s.listening !== undefined ? { listening: Math.round(s.listening) } : {}),
      ...(s.pitching !== undefined ? { pitching: Math.round(s.pitching) } : {}),
      ...details.get(s.id),
    }));
}

/** The personal best of a metric (highest, or lowest where less is better), if any session has it. */
export function personalBest(points: readonly ProgressPoint[], key: MetricKey): number | undefined {
  const metric = METRICS.find((m) => m.key === key);
  const values = points.map((p) => p[key]).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  return metric?.higherIsBetter === false ? Math.min(...values) : Math.max(...values);
}

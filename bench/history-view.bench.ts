import type { SessionSummary } from '../core/session/types';
import { ALL_SESSIONS, filterSessions, scenariosIn } from '../renderer/src/features/history/history-filters';
import { personalBest, progressPoints, type MetricValues } from '../renderer/src/features/history/metrics';
import { bestListeningByScenario } from '../renderer/src/features/library/filters';

/**
 * What History and the library compute from the session list on every render: with 10,000
 * stored sessions these must stay well inside one frame budget's worth of work per filter change.
 */
function summaries(n: number): SessionSummary[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, scenarioId: `scenario-${i % 12}`, scenarioTitle: `Scenario ${i % 12}`,
    startedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    status: i % 20 === 0 ? 'in_progress' : 'finished', outcome: i % 20 === 0 ? 'in_progress' : 'next_step', turnCount: 12,
    ...(i % 20 === 0 ? {} : { listening: (i * 37) % 100, pitching: (i * 53) % 100 }),
  }));
}

function median(run: () => void, repeats = 15): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(repeats / 2)]!;
}

export default async function run(): Promise<string[]> {
  const sessions = summaries(10_000);
  const details = new Map<string, MetricValues>(sessions.slice(0, 60).map((s) => [s.id, { talkShare: 55, questions: 6, reflections: 2 }]));
  const view = median(() => {
    const visible = filterSessions(sessions, ALL_SESSIONS);
    scenariosIn(sessions);
    const points = progressPoints(visible, details);
    personalBest(points, 'listening');
  });
  const filtered = median(() => filterSessions(sessions, { scenarioId: 'scenario-3', from: '2024-03-01', to: '2024-06-30' }));
  const best = median(() => bestListeningByScenario(sessions));
  return [
    `History view model for 10,000 sessions (sort, scenario list, progress points, best): ${view.toFixed(1)} ms median`,
    `History filter by scenario and date over 10,000 sessions: ${filtered.toFixed(1)} ms median`,
    `Library best-score map over 10,000 sessions: ${best.toFixed(2)} ms median`,
  ];
}

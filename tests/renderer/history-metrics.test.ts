import { describe, expect, it } from 'vitest';
import type { SessionSummary, SessionTurn } from '../../core/session/types';
import { filterSessions, ALL_SESSIONS, scenariosIn } from '../../renderer/src/features/history/history-filters';
import { personalBest, progressPoints, turnMetrics } from '../../renderer/src/features/history/metrics';

const labels = { spin: 'none' as const, pitch: false, valueLink: false, pressure: false, inform: false, reasons: [] as string[] };
const rep = (text: string, question: 'open' | 'closed' | 'none', reflect = false): SessionTurn =>
  ({ index: 0, speaker: 'rep', text, at: '', labels: { ...labels, question, reflect } });
const customer = (text: string): SessionTurn => ({ index: 0, speaker: 'customer', text, at: '' });

const summary = (id: string, startedAt: string, over: Partial<SessionSummary> = {}): SessionSummary => ({
  id, scenarioId: 'acme', scenarioTitle: 'Acme', startedAt, status: 'finished', outcome: 'next_step', turnCount: 2, ...over,
});

describe('progress metrics', () => {
  it('counts talk share by words, questions and reflections from the stored labels', () => {
    const turns = [rep('How does month end go?', 'open'), customer('Badly, it takes us nine days every single month.'), rep('Nine days, every month.', 'none', true), rep('Is that new?', 'closed')];
    // rep words 5 + 4 + 3 = 12 of 21
    expect(turnMetrics({ turns })).toEqual({ talkShare: 57, questions: 2, reflections: 1 });
  });

  it('leaves talk share out of a session with no words yet', () => {
    expect(turnMetrics({ turns: [] })).toEqual({ questions: 0, reflections: 0 });
  });

  it('charts finished sessions oldest first and knows that lower is better for Pitching and talk share', () => {
    const sessions = [
      summary('late', '2026-11-20T10:00:00Z', { listening: 80, pitching: 10 }),
      summary('early', '2026-11-01T10:00:00Z', { listening: 40, pitching: 60 }),
      summary('open', '2026-11-25T10:00:00Z', { status: 'in_progress', outcome: 'in_progress' }),
    ];
    const points = progressPoints(sessions, new Map([['early', { talkShare: 70 }], ['late', { talkShare: 45 }]]));
    expect(points.map((p) => p.id)).toEqual(['early', 'late']);
    expect(personalBest(points, 'listening')).toBe(80);
    expect(personalBest(points, 'pitching')).toBe(10);
    expect(personalBest(points, 'talkShare')).toBe(45);
    expect(personalBest(points, 'reflections')).toBeUndefined();
  });
});

describe('History filters', () => {
  const sessions = [
    summary('a', '2026-11-02T10:00:00Z', { scenarioId: 'alpha', scenarioTitle: 'Alpha' }),
    summary('b', '2026-11-20T10:00:00Z', { scenarioId: 'beta', scenarioTitle: 'Beta' }),
    summary('c', '2026-11-10T10:00:00Z', { scenarioId: 'alpha', scenarioTitle: 'Alpha' }),
  ];

  it('lists newest first and filters by scenario and an inclusive date range', () => {
    expect(filterSessions(sessions, ALL_SESSIONS).map((s) => s.id)).toEqual(['b', 'c', 'a']);
    expect(filterSessions(sessions, { ...ALL_SESSIONS, scenarioId: 'alpha' }).map((s) => s.id)).toEqual(['c', 'a']);
    expect(filterSessions(sessions, { scenarioId: 'all', from: '2026-11-10', to: '2026-11-10' }).map((s) => s.id)).toEqual(['c']);
    expect(scenariosIn(sessions)).toEqual([{ id: 'alpha', title: 'Alpha' }, { id: 'beta', title: 'Beta' }]);
  });
});

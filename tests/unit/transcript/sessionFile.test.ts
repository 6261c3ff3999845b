import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../core/transcript';
import { transcriptErrorOf } from './errorOf';
import type { SessionDocument } from '../../../core/session/types';

const session: SessionDocument = {
  format: 'listenfirst.session',
  schemaVersion: 1,
  meta: { id: 's1', scenarioId: 'logistics-cfo', scenarioTitle: 'Logistics CFO', startedAt: '2026-03-01T10:00:00Z', seed: 7, repName: 'Maya' },
  status: 'finished',
  outcome: 'next_step',
  turns: [
    { index: 0, speaker: 'rep', text: 'What is slowing the close down?', at: '2026-03-01T10:00:05Z' },
    { index: 1, speaker: 'customer', text: 'Invoice exceptions, mostly.', at: '2026-03-01T10:00:09Z' },
  ],
  needs: { uncovered: [{ id: 'slow-close', depth: 'implication' }], missed: ['audit-risk'] },
};

const errorOf = (source: string) => transcriptErrorOf(source, 'session.json');

describe('exported ListenFirst sessions', () => {
  it('takes roles, the rep name, the outcome and the needs from the session', () => {
    const t = parseTranscript(JSON.stringify(session, null, 2), { fileName: 'session.json' });
    expect(t.format).toBe('session');
    expect(t.rep).toBe('Maya');
    expect(t.repGuessed).toBe(false);
    expect(t.turns.map((x) => [x.speaker, x.role, x.text])).toEqual([
      ['Maya', 'rep', 'What is slowing the close down?'],
      ['Customer', 'customer', 'Invoice exceptions, mostly.'],
    ]);
    expect(t.scenarioResult).toEqual({ outcome: 'next_step', needs: session.needs });
  });

  it('names the line of a JSON syntax error', () => {
    expect(errorOf('{\n  "format": "listenfirst.session",\n  "turns": [,]\n}')).toMatch(/^session\.json:3: not valid JSON: Unexpected token/);
    expect(errorOf('{\n  "format": "listenfirst.session"\n  "schemaVersion": 1\n}')).toMatch(/^session\.json:3: not valid JSON: Expected ','/);
  });

  it('names the field that is wrong in a session document', () => {
    const broken = { ...session, turns: [session.turns[0], { ...session.turns[1], speaker: 'bot' }] };
    expect(errorOf(JSON.stringify(broken))).toMatch(/^session\.json: not a valid ListenFirst session: turns\[1\]\.speaker: /);
  });
});

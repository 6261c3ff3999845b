import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreConversation, toStoredScore, type Scorecard } from '../../../core/scoring';
import { StoredScore } from '../../../core/session/types';
import { parseTranscript } from '../../../core/transcript';

const dir = fileURLToPath(new URL('../../fixtures/transcripts/', import.meta.url));

/** Parses a fixture (rep from the file or the heuristic) and scores it with the real analyzer. */
function score(file: string): Scorecard {
  const transcript = parseTranscript(readFileSync(dir + file, 'utf8'), { fileName: file });
  return scoreConversation(transcript.turns.map((t) => ({ speaker: t.role, text: t.text, start: t.start, end: t.end })));
}

// Freshly written calls in different industries and formats (see the comments inside each file).
const wellRun = ['good-logistics-ap.txt', 'good-hospital-scheduling.vtt', 'good-dental-reminders.srt'];
const pitchHeavy = ['pitchy-retail-scheduling.txt', 'pitchy-plant-maintenance.vtt', 'pitchy-school-platform.srt'];

describe('well-run discovery calls versus pitch-heavy calls', () => {
  const cards = new Map([...wellRun, ...pitchHeavy].map((f) => [f, score(f)]));

  for (const good of wellRun) {
    for (const pitchy of pitchHeavy) {
      it(`${good} listens more and pitches less than ${pitchy}`, () => {
        const g = cards.get(good)!;
        const p = cards.get(pitchy)!;
        expect(g.listening).toBeGreaterThan(p.listening);
        expect(g.pitching).toBeLessThan(p.pitching);
      });
    }
  }

  it('passes the well-run calls and fails the pitch-heavy ones against the default pass mark', () => {
    expect(wellRun.map((f) => cards.get(f)!.passed)).toEqual([true, true, true]);
    expect(pitchHeavy.map((f) => cards.get(f)!.passed)).toEqual([false, false, false]);
  });

  it('warns about talk share above 65% in the pitch-heavy calls only', () => {
    const warned = (f: string) => cards.get(f)!.warnings.some((w) => w.includes('warning sign'));
    expect(wellRun.filter(warned)).toEqual([]);
    expect(pitchHeavy.filter(warned)).toEqual(pitchHeavy);
  });

  it('reports seconds and speaking rate for the timed (VTT, SRT) calls only', () => {
    expect(cards.get('good-logistics-ap.txt')!.metrics.wordsPerMinute).toBeUndefined();
    for (const f of ['good-hospital-scheduling.vtt', 'pitchy-school-platform.srt']) {
      expect(cards.get(f)!.metrics.wordsPerMinute).toBeGreaterThan(60);
      expect(cards.get(f)!.metrics.longestMonologueSeconds).toBeGreaterThan(0);
    }
  });
});

describe('self-centric language', () => {
  it('scores a call of questions and play-backs phrased with "I" as no pitching at all', () => {
    const card = scoreConversation([
      { speaker: 'rep', text: "Thanks for making the time. I'm curious, how does the rota get built today?" },
      { speaker: 'customer', text: 'I build it by hand every Sunday night.' },
      { speaker: 'rep', text: 'Every Sunday night, by hand. What does that cost you in evenings?' },
      { speaker: 'customer', text: 'Most of them, honestly.' },
      { speaker: 'rep', text: "I'd love to hear what a good week looks like for you." },
      { speaker: 'customer', text: 'One where nobody calls in sick.' },
    ]);
    expect(card.metrics.focus.selfShare).toBe(0);
    expect(card.components.pitching.find((c) => c.id === 'self_focus')?.points).toBe(0);
    expect(card.pitching).toBe(0);
  });
});

describe('rep detection on the fixture calls', () => {
  it('finds the seller in every call, guessing only where the file does not say', () => {
    const reps = [...wellRun, ...pitchHeavy].map((f) => {
      const t = parseTranscript(readFileSync(dir + f, 'utf8'), { fileName: f });
      return `${t.rep}${t.repGuessed ? ' (guessed)' : ''}`;
    });
    expect(reps).toEqual(['Maya', 'Jordan Lee', 'Alex (guessed)', 'Chad', 'Brett (guessed)', 'Kyle (guessed)']);
  });
});

describe('saving a scorecard with a session', () => {
  it('fits the session format and records the rubric version', () => {
    const stored = toStoredScore(score('good-hospital-scheduling.vtt'));
    expect(StoredScore.parse(stored)).toEqual(stored);
    expect(stored.rubricVersion).toBe('2026.2');
    expect(stored.card).toHaveProperty('components.listening');
    expect(stored.card).not.toHaveProperty('turns');
  });
});

describe('scorecard context from a scenario', () => {
  const turns = [
    { speaker: 'rep' as const, text: 'Congratulations on the Series B. What is the board asking of finance now?' },
    { speaker: 'customer' as const, text: 'A faster close, and fewer surprises in the numbers.' },
  ];

  it('carries needs uncovered and missed, the outcome, and the preparation used', () => {
    const card = scoreConversation(turns, {
      context: { brief: [{ id: 'series-b', terms: ['Series B'] }, { id: 'new-cfo', terms: ['new CFO'] }] },
      scenarioResult: { outcome: 'next_step', needs: { uncovered: [{ id: 'fast-close', depth: 'problem' }], missed: ['audit'] } },
    });
    expect(card.outcome).toBe('next_step');
    expect(card.needs).toEqual({ uncovered: [{ id: 'fast-close', depth: 'problem' }], missed: ['audit'] });
    expect(card.preparation!.used.concat(card.preparation!.unused).sort()).toEqual(['new-cfo', 'series-b']);
    expect(card.preparation!.unused).toContain('new-cfo');
  });
});

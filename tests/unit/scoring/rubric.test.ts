import { describe, expect, it } from 'vitest';
import { curveScore, DEFAULT_RUBRIC, parseRubric, RubricError, scoreAnalyzedTurns, type Rubric, type ScoringTurn } from '../../../core/scoring';
import { analysis } from './analysis';

/** The issues a rubric produces, as `path: message` lines. */
function problemsWith(data: unknown): string[] {
  try {
    parseRubric(data);
  } catch (error) {
    if (error instanceof RubricError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  throw new Error('expected a RubricError');
}

const clone = (): Rubric => structuredClone(DEFAULT_RUBRIC);

describe('rubric curves', () => {
  it('gives full marks inside a band and falls linearly to zero outside it', () => {
    const band = { type: 'band', zeroBelow: 0.15, idealMin: 0.35, idealMax: 0.5, zeroAbove: 0.75 } as const;
    expect(curveScore(band, 0.43)).toBe(1);
    expect(curveScore(band, 0.25)).toBeCloseTo(0.5);
    expect(curveScore(band, 0.625)).toBeCloseTo(0.5);
    expect(curveScore(band, 0.9)).toBe(0);
    expect(curveScore(band, 0.1)).toBe(0);
  });

  it('ramps between zeroAt and fullAt in either direction', () => {
    expect(curveScore({ type: 'ramp', zeroAt: 0, fullAt: 4 }, 1)).toBe(0.25);
    expect(curveScore({ type: 'ramp', zeroAt: 0, fullAt: 4 }, 9)).toBe(1);
    expect(curveScore({ type: 'ramp', zeroAt: 10, fullAt: 0 }, 5)).toBe(0.5);
  });
});

describe('the default rubric', () => {
  it('is versioned and anchors and explains every component', () => {
    expect(DEFAULT_RUBRIC.version).toMatch(/^\d{4}\.\d+$/);
    for (const c of [...DEFAULT_RUBRIC.listening, ...DEFAULT_RUBRIC.pitching]) {
      expect(c.anchor.length).toBeGreaterThan(20);
      expect(c.source.length).toBeGreaterThan(3);
      expect(c.explain).toContain('{value}');
    }
  });
});

describe('rubric validation', () => {
  it('names the path of every problem', () => {
    const bad = clone() as unknown as Record<string, unknown> & { listening: Record<string, unknown>[]; pitching: Record<string, unknown>[] };
    bad.listening[0]!.weight = -2;
    bad.listening[1]!.metric = 'charisma';
    bad.pitching[0]!.curve = { type: 'band', zeroBelow: 0.5, idealMin: 0.2, idealMax: 0.3, zeroAbove: 1 };
    delete bad.version;
    const problems = problemsWith(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^version: /),
        expect.stringMatching(/^listening\[0\]\.weight: .*0/),
        expect.stringMatching(/^listening\[1\]\.metric: .*talkShare/),
        'pitching[0].curve: band needs zeroBelow ≤ idealMin ≤ idealMax ≤ zeroAbove',
      ]),
    );
  });

  it('rejects duplicate component ids, all-zero weights and unknown fields', () => {
    const dup = clone();
    dup.listening[1] = { ...dup.listening[1]!, id: dup.listening[0]!.id };
    expect(problemsWith(dup)).toContain('listening[1].id: duplicate component id "talk_share"');

    const zero = clone();
    zero.pitching = zero.pitching.map((c) => ({ ...c, weight: 0 }));
    expect(problemsWith(zero)).toContain('pitching: at least one weight must be above 0');

    expect(problemsWith({ ...clone(), passmark: 50 })).toEqual([expect.stringMatching(/passmark/)]);
  });
});

describe('headline scores', () => {
  const turns: ScoringTurn[] = [
    { speaker: 'rep', text: 'What is hardest about month-end for you?', analysis: analysis('What is hardest about month-end for you?', { question: 'open', spin: 'problem', focus: { customer: 1, self: 0 } }) },
    { speaker: 'customer', text: 'Chasing approvals from the terminal managers every single month.' },
  ];

  it('add up the points of the components, which are weight × score over the total weight', () => {
    const card = scoreAnalyzedTurns(turns);
    for (const side of ['listening', 'pitching'] as const) {
      const components = card.components[side];
      const total = components.reduce((s, c) => s + c.weight, 0);
      for (const c of components) expect(c.points).toBeCloseTo((100 * c.weight * (c.score ?? 0)) / total);
      expect(card[side]).toBe(Math.round(components.reduce((s, c) => s + c.points, 0)));
    }
  });

  it('follow the trainer weights: a rubric that only weighs talk share scores only talk share', () => {
    const rubric = clone();
    rubric.version = 'trainer-1';
    rubric.listening = rubric.listening.map((c) => ({ ...c, weight: c.id === 'talk_share' ? 1 : 0 }));
    const card = scoreAnalyzedTurns(turns, { rubric });
    // 8 rep words of 17: 47% talk share sits inside the 35–50% band.
    expect(card.listening).toBe(100);
    expect(card.rubricVersion).toBe('trainer-1');
  });

  it('leave out timed components on untimed transcripts and say why', () => {
    const rubric = clone();
    rubric.pitching.push({ ...rubric.pitching[0]!, id: 'rate', metric: 'wordsPerMinute', curve: { type: 'ramp', zeroAt: 150, fullAt: 220 } });
    const card = scoreAnalyzedTurns(turns, { rubric });
    const rate = card.components.pitching.find((c) => c.id === 'rate')!;
    expect(rate).toMatchObject({ score: null, points: 0, value: null, display: 'not measured' });
    expect(rate.explanation).toMatch(/needs timings/);
  });

  it('pass only when Listening reaches its mark and Pitching stays under its mark', () => {
    const rubric = clone();
    rubric.passMark = { listening: 0, pitching: 100 };
    expect(scoreAnalyzedTurns(turns, { rubric }).passed).toBe(true);
    rubric.passMark = { listening: 100, pitching: 100 };
    expect(scoreAnalyzedTurns(turns, { rubric }).passed).toBe(false);
  });
});

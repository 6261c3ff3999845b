import { describe, expect, it } from 'vitest';
import { computeMetrics, DEFAULT_RUBRIC, type ScoringTurn } from '../../../core/scoring';
import { analysis } from './analysis';

const rep = (text: string, labels: Parameters<typeof analysis>[1] = {}): ScoringTurn => ({ speaker: 'rep', text, analysis: analysis(text, labels) });
const customer = (text: string): ScoringTurn => ({ speaker: 'customer', text });

/** Nine turns whose every metric is worked out by hand below. */
const call: ScoringTurn[] = [
  rep('Hi Dana, how is the close going?', { question: 'open', spin: 'situation', focus: { customer: 0, self: 0 } }), // 7 words
  customer('It takes eight days and my team is exhausted.'), // 9
  rep('Eight days sounds exhausting. What does that delay cost you?', { question: 'open', spin: 'implication', reflect: true, focus: { customer: 1, self: 0 } }), // 10
  customer('Probably two late reports a quarter.'), // 6
  rep('Our platform closes the books in two days.', { pitch: true, inform: true, focus: { customer: 0, self: 1 } }), // 8
  rep('We are the market leader.', { pitch: true, pressure: true, inform: true, focus: { customer: 0, self: 1 } }), // 5
  customer('Okay.'), // 1
  rep('Shall we book a demo with your controller on Tuesday?', { question: 'closed', acts: ['question', 'next_step'], focus: { customer: 1, self: 1 } }), // 10
  customer('Sure, Tuesday works.'), // 3
];

describe('conversation metrics', () => {
  const m = computeMetrics(call, DEFAULT_RUBRIC.settings);

  it('measures talk share as rep words over all words', () => {
    expect(m.repWords).toBe(40);
    expect(m.customerWords).toBe(19);
    expect(m.talkShare).toBeCloseTo(40 / 59);
  });

  it('counts questions, their rate, their spread over the call and the open share', () => {
    expect(m.questions).toMatchObject({ total: 3, open: 2, closed: 1, segments: 4, segmentsWithQuestion: 2, spread: 0.5 });
    expect(m.questions.per100Words).toBeCloseTo(300 / 40);
    expect(m.openShare).toBeCloseTo(2 / 3);
  });

  it('counts reflections per question, the SPIN mix and follow-ups', () => {
    expect(m.reflections).toBe(1);
    expect(m.reflectionRatio).toBeCloseTo(1 / 3);
    expect(m.spin).toEqual({ situation: 1, problem: 0, implication: 1, need_payoff: 0 });
    expect(m.deepQuestionShare).toBeCloseTo(1 / 3);
    expect(m.followUps).toBe(1);
  });

  it('finds the first pitch and how many needs were known by then (estimated from answered problem/implication questions)', () => {
    expect(m.pitches).toBe(2);
    expect(m.unlinkedPitches).toBe(2);
    expect(m.pitchShare).toBe(0.4);
    expect(m.firstPitchTurn).toBe(5);
    expect(m.needsUncoveredBeforeFirstPitch).toBe(1);
    expect(m.needsSource).toBe('estimated');
    expect(m.prematurePitches).toBe(2);
    expect(m.pressure).toBe(1);
    expect(m.nextStepTurn).toBe(8);
  });

  it('uses the scenario engine count of needs when it is given', () => {
    const fromScenario = computeMetrics(call, DEFAULT_RUBRIC.settings, [0, 1, 1, 2, 2, 2, 2, 2, 2]);
    expect(fromScenario.needsSource).toBe('scenario');
    expect(fromScenario.needsUncoveredBeforeFirstPitch).toBe(2);
    expect(fromScenario.prematurePitches).toBe(0);
  });

  it('joins consecutive rep turns into one monologue and finds the customer longest stretch', () => {
    expect(m.longestMonologueWords).toBe(13);
    expect(m.customerLongestStretchWords).toBe(9);
    expect(m.longestMonologueSeconds).toBeUndefined();
    expect(m.wordsPerMinute).toBeUndefined();
  });

  it('measures seconds and speaking rate when every turn is timed', () => {
    const times = [[0, 3], [3, 8], [8, 12], [12, 15], [15, 19], [19, 21], [21, 22], [22, 26], [26, 28]] as const;
    const timed = computeMetrics(call.map((t, i) => ({ ...t, start: times[i]![0], end: times[i]![1] })), DEFAULT_RUBRIC.settings);
    expect(timed.longestMonologueSeconds).toBe(6);
    expect(timed.customerLongestStretchSeconds).toBe(5);
    // 40 rep words over 3 + 4 + 4 + 2 + 4 = 17 seconds of rep speech.
    expect(timed.wordsPerMinute).toBeCloseTo((40 * 60) / 17);
  });

  it('handles a call with no questions or pitches without dividing by zero', () => {
    const quiet = computeMetrics([rep('Hello.'), customer('Hi.')], DEFAULT_RUBRIC.settings);
    expect(quiet).toMatchObject({ openShare: 0, reflectionRatio: 0, deepQuestionShare: 0, pitchShare: 0, firstPitchTurn: null, needsUncoveredBeforeFirstPitch: null });
  });
});

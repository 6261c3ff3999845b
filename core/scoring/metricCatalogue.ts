/**
 * The metrics a rubric component may name, with the unit used to display them.
 * Adding a metric here makes it available to trainers' rubric files.
 */
import type { ConversationMetrics } from './types';

export type MetricUnit = 'percent' | 'count' | 'ratio' | 'words' | 'seconds' | 'rate' | 'wpm';

export interface MetricDefinition {
  unit: MetricUnit;
  /** The value, or undefined when the transcript cannot measure it (e.g. no timings). */
  get: (m: ConversationMetrics) => number | undefined;
}

export const METRICS = {
  talkShare: { unit: 'percent', get: (m) => m.talkShare },
  questionCount: { unit: 'count', get: (m) => m.questions.total },
  questionsPer100Words: { unit: 'rate', get: (m) => m.questions.per100Words },
  questionSpread: { unit: 'percent', get: (m) => m.questions.spread },
  openShare: { unit: 'percent', get: (m) => m.openShare },
  reflectionRatio: { unit: 'ratio', get: (m) => m.reflectionRatio },
  deepQuestionShare: { unit: 'percent', get: (m) => m.deepQuestionShare },
  deepQuestionCount: { unit: 'count', get: (m) => m.spin.implication + m.spin.need_payoff },
  followUpShare: { unit: 'percent', get: (m) => m.followUpShare },
  followUpCount: { unit: 'count', get: (m) => m.followUps },
  reflectionCount: { unit: 'count', get: (m) => m.reflections },
  customerFocusShare: { unit: 'percent', get: (m) => m.focus.customerShare },
  selfFocusShare: { unit: 'percent', get: (m) => m.focus.selfShare },
  pitchShare: { unit: 'percent', get: (m) => m.pitchShare },
  pitchCount: { unit: 'count', get: (m) => m.pitches },
  prematurePitchShare: { unit: 'percent', get: (m) => m.prematurePitchShare },
  prematurePitchCount: { unit: 'count', get: (m) => m.prematurePitches },
  unlinkedPitchCount: { unit: 'count', get: (m) => m.unlinkedPitches },
  pressureCount: { unit: 'count', get: (m) => m.pressure },
  longestMonologueWords: { unit: 'words', get: (m) => m.longestMonologueWords },
  longestMonologueSeconds: { unit: 'seconds', get: (m) => m.longestMonologueSeconds },
  customerLongestStretchWords: { unit: 'words', get: (m) => m.customerLongestStretchWords },
  wordsPerMinute: { unit: 'wpm', get: (m) => m.wordsPerMinute },
} satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as [MetricId, ...MetricId[]];

/** Formats a metric value for people: 0.43 → "43%", 2 → "2", 0.5 (ratio) → "0.5". */
export function formatValue(value: number, unit: MetricUnit): string {
  const round = (n: number, digits = 1) => String(Number(n.toFixed(digits)));
  switch (unit) {
    case 'percent':
      return `${Math.round(value * 100)}%`;
    case 'count':
      return String(Math.round(value));
    case 'words':
      return `${Math.round(value)} words`;
    case 'seconds':
      return `${Math.round(value)} s`;
    case 'wpm':
      return `${Math.round(value)} words/min`;
    case 'ratio':
      return round(value, 2);
    case 'rate':
      return `${round(value)} per 100 words`;
  }
}

/** Shapes shared by the metrics, the rubric and the scorecard. */
import type { AnalyzeContext, TurnAnalysis } from '../analyzer/types';
import type { Rubric } from './rubricSchema';

/** A turn to score; rep turns may carry the analyzer's verdict already. */
export interface ScoringTurn {
  speaker: 'rep' | 'customer';
  text: string;
  /** Seconds from the start of the recording, for timed transcripts. */
  start?: number;
  end?: number;
  /** The analyzer's verdict for a rep turn; computed when absent. */
  analysis?: TurnAnalysis;
}

/** What the scenario engine knows about needs when the call ran against a scenario. */
export interface ScenarioResult {
  outcome: string;
  needs?: { uncovered: { id: string; depth: string }[]; missed: string[] };
}

export interface ScoreOptions {
  rubric?: Rubric;
  /** Scenario vocabulary (product, topics, brief) passed to the analyzer for every rep turn. */
  context?: Omit<AnalyzeContext, 'prev' | 'history'>;
  scenarioResult?: ScenarioResult;
  /**
   * From the scenario engine: cumulative number of needs the customer had disclosed after
   * turn i (same indexing as the turns). Without it the count is estimated from answered
   * problem and implication questions.
   */
  needsUncoveredByTurn?: number[];
}

export interface ConversationMetrics {
  turns: number;
  repTurns: number;
  customerTurns: number;
  repWords: number;
  customerWords: number;
  /** Rep words / all words (0–1). */
  talkShare: number;
  questions: {
    total: number;
    open: number;
    closed: number;
    per100Words: number;
    /** Number of equal slices of the call (by turn order) and how many contain a rep question. */
    segments: number;
    segmentsWithQuestion: number;
    /** segmentsWithQuestion / segments (0–1). */
    spread: number;
  };
  /** Open / all questions (0 without questions). */
  openShare: number;
  reflections: number;
  /** Reflections per question (reflections themselves when no question was asked). */
  reflectionRatio: number;
  spin: { situation: number; problem: number; implication: number; need_payoff: number };
  /** (implication + need-payoff) / questions. */
  deepQuestionShare: number;
  /** Questions that reuse a content word of the customer's previous turn, or reflect it. */
  followUps: number;
  followUpShare: number;
  pitches: number;
  valueLinkedPitches: number;
  unlinkedPitches: number;
  /** Pitching rep turns / rep turns. */
  pitchShare: number;
  /** 1-based turn number of the first pitch, or null. */
  firstPitchTurn: number | null;
  /** Needs the customer had disclosed before the first pitch (null without a pitch). */
  needsUncoveredBeforeFirstPitch: number | null;
  /** 'scenario' when the engine supplied the count, else 'estimated'. */
  needsSource: 'scenario' | 'estimated';
  /** Pitches made before the rubric's `needsBeforePitch` needs were known. */
  prematurePitches: number;
  prematurePitchShare: number;
  pressure: number;
  /** 1-based turn where the rep first proposed a concrete next step (meeting, trial, intro), or null. */
  nextStepTurn: number | null;
  focus: { customer: number; self: number; customerShare: number; selfShare: number };
  /** Longest run of consecutive rep turns, in words. */
  longestMonologueWords: number;
  /** Longest run of consecutive customer turns, in words. */
  customerLongestStretchWords: number;
  /** Timed transcripts only. */
  longestMonologueSeconds?: number;
  customerLongestStretchSeconds?: number;
  /** Rep words per minute of rep speaking time (timed transcripts only). */
  wordsPerMinute?: number;
  /** Ids of brief facts the rep mentioned. */
  preparationUsed: string[];
}

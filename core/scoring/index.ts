/**
 * Scoring a conversation: analyze each rep turn, compute metrics, apply the rubric, and
 * assemble a scorecard that explains every number.
 */
import { analyzeTurn } from '../analyzer';
import type { ConversationTurn } from '../analyzer/types';
import { computeMetrics } from './metrics';
import { DEFAULT_RUBRIC, scoreSide, type ComponentScore } from './rubric';
import { formatValue } from './metricCatalogue';
import type { StoredScore } from '../session/types';
import type { ConversationMetrics, ScenarioResult, ScoreOptions, ScoringTurn } from './types';

export * from './types';
export * from './rubric';
export { turnLabels } from './labels';
export { computeMetrics, countWords } from './metrics';
export { renderScorecardText, type ReportHeader } from './report';

export interface Scorecard {
  rubricVersion: string;
  /** 0–100; higher is better listening. */
  listening: number;
  /** 0–100; higher is more pitch-heavy (worse). */
  pitching: number;
  passMark: { listening: number; pitching: number };
  /** Listening at or above its mark and Pitching at or below its mark. */
  passed: boolean;
  components: { listening: ComponentScore[]; pitching: ComponentScore[] };
  metrics: ConversationMetrics;
  /** Plain-language warnings (talk share above the warning line, premature first pitch). */
  warnings: string[];
  /** From the scenario engine, when the call ran against a scenario. */
  needs?: ScenarioResult['needs'];
  outcome?: string;
  /** Brief facts the rep used and left unused (only when a brief was given). */
  preparation?: { used: string[]; unused: string[] };
  /** Every turn; rep turns carry the analyzer's verdict. */
  turns: ScoringTurn[];
}

/**
 * Analyzes every rep turn that lacks an analysis, with the latest customer turn as `prev` and
 * all earlier turns as history, then scores. Pure and deterministic.
 */
export function scoreConversation(turns: ScoringTurn[], options: ScoreOptions = {}): Scorecard {
  return scoreAnalyzedTurns(analyzeTurns(turns, options), options);
}

/** Runs the analyzer on rep turns that have no analysis yet. */
export function analyzeTurns(turns: ScoringTurn[], options: ScoreOptions = {}): ScoringTurn[] {
  const history: ConversationTurn[] = [];
  let prev = '';
  return turns.map((turn) => {
    const analysis =
      turn.speaker === 'rep' ? (turn.analysis ?? analyzeTurn(turn.text, { ...options.context, prev, history: history.slice() })) : undefined;
    history.push({ speaker: turn.speaker, text: turn.text });
    if (turn.speaker === 'customer') prev = turn.text;
    return analysis ? { ...turn, analysis } : { ...turn };
  });
}

/** Scores turns whose rep turns already carry an analysis (unanalyzed rep turns count as plain talk). */
export function scoreAnalyzedTurns(turns: ScoringTurn[], options: ScoreOptions = {}): Scorecard {
  const rubric = options.rubric ?? DEFAULT_RUBRIC;
  const metrics = computeMetrics(turns, rubric.settings, options.needsUncoveredByTurn);
  const listening = scoreSide(rubric, 'listening', metrics);
  const pitching = scoreSide(rubric, 'pitching', metrics);
  const brief = options.context?.brief;
  return {
    rubricVersion: rubric.version,
    listening: listening.score,
    pitching: pitching.score,
    passMark: rubric.passMark,
    passed: listening.score >= rubric.passMark.listening && pitching.score <= rubric.passMark.pitching,
    components: { listening: listening.components, pitching: pitching.components },
    metrics,
    warnings: warningsFor(metrics, rubric.settings.talkShareWarning, rubric.settings.needsBeforePitch),
    ...(options.scenarioResult?.needs ? { needs: options.scenarioResult.needs } : {}),
    ...(options.scenarioResult ? { outcome: options.scenarioResult.outcome } : {}),
    ...(brief
      ? { preparation: { used: metrics.preparationUsed, unused: brief.map((f) => f.id).filter((id) => !metrics.preparationUsed.includes(id)) } }
      : {}),
    turns,
  };
}

/**
 * The scorecard as a saved session stores it (`SessionDocument.score`): the headline numbers,
 * the rubric version, and the card without the turns (the session keeps those itself).
 */
export function toStoredScore(card: Scorecard): StoredScore {
  const { turns: _turns, ...rest } = card;
  return {
    listening: card.listening,
    pitching: card.pitching,
    rubricVersion: card.rubricVersion,
    passed: card.passed,
    // A JSON round trip drops undefined fields, so the stored card is exactly what a file holds.
    card: JSON.parse(JSON.stringify(rest)) as Record<string, unknown>,
  };
}

function warningsFor(m: ConversationMetrics, talkShareWarning: number, needsBeforePitch: number): string[] {
  const warnings: string[] = [];
  if (m.talkShare > talkShareWarning) {
    warnings.push(
      `You did ${formatValue(m.talkShare, 'percent')} of the talking; above ${formatValue(talkShareWarning, 'percent')} is a warning sign (Gong Labs).`,
    );
  }
  if (m.firstPitchTurn !== null && (m.needsUncoveredBeforeFirstPitch ?? 0) < needsBeforePitch) {
    const needs = m.needsUncoveredBeforeFirstPitch ?? 0;
    warnings.push(
      `Your first pitch came at turn ${m.firstPitchTurn}, when the customer had disclosed ${needs} need${needs === 1 ? '' : 's'}` +
        `${m.needsSource === 'estimated' ? ' (estimated from answered problem and implication questions)' : ''}.`,
    );
  }
  if (m.pressure > 0) warnings.push(`You used pressure ${m.pressure} time${m.pressure === 1 ? '' : 's'}; see the turns marked "pressure".`);
  return warnings;
}

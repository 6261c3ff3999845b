/**
 * Applies a rubric to metrics: each component's curve turns a metric into a 0–1 score, and a
 * side's headline is 100 × Σ(weight × score) / Σ(weight) over the components that could be
 * measured.
 */
import defaultRubricData from '../../scenarios/rubric/default.json';
import { formatValue, METRICS, type MetricUnit } from './metricCatalogue';
import { parseRubric, type Rubric, type RubricComponent, type RubricCurve } from './rubricSchema';
import type { ConversationMetrics } from './types';

export * from './rubricSchema';

/** The rubric shipped in `scenarios/rubric/default.json`. */
export const DEFAULT_RUBRIC: Rubric = parseRubric(defaultRubricData);

export type Side = 'listening' | 'pitching';

/** One line of the scorecard: how a component was scored and why. */
export interface ComponentScore {
  id: string;
  name: string;
  side: Side;
  metric: string;
  weight: number;
  /** 0–1 from the curve; for Pitching, 1 means the most pitch-heavy. Null when not measurable. */
  score: number | null;
  /** Points this component adds to its headline (they sum to the headline). */
  points: number;
  /** Raw metric value, null when not measurable. */
  value: number | null;
  /** The value as shown to people ("43%", "7"). */
  display: string;
  /** What good looks like, e.g. "35%–50%". */
  target: string;
  anchor: string;
  source: string;
  /** A sentence the rep understands. */
  explanation: string;
}

/** Evaluates a curve at a value. */
export function curveScore(curve: RubricCurve, value: number): number {
  const clamp = (n: number) => Math.min(1, Math.max(0, n));
  if (curve.type === 'ramp') return clamp((value - curve.zeroAt) / (curve.fullAt - curve.zeroAt));
  if (value < curve.idealMin) return curve.idealMin === curve.zeroBelow ? 0 : clamp((value - curve.zeroBelow) / (curve.idealMin - curve.zeroBelow));
  if (value > curve.idealMax) return curve.idealMax === curve.zeroAbove ? 0 : clamp((curve.zeroAbove - value) / (curve.zeroAbove - curve.idealMax));
  return 1;
}

/** Describes the good range of a curve; for Pitching the good end is where the score is 0. */
function targetText(curve: RubricCurve, unit: MetricUnit, side: Side): string {
  const f = (n: number) => formatValue(n, unit);
  if (curve.type === 'band') return curve.idealMin === curve.idealMax ? f(curve.idealMin) : `${f(curve.idealMin)}–${f(curve.idealMax)}`;
  const good = side === 'listening' ? curve.fullAt : curve.zeroAt;
  const other = side === 'listening' ? curve.zeroAt : curve.fullAt;
  // At the end of the scale, "100% or more" and "0 or less" read oddly: name the value itself.
  if (good > other) return unit === 'percent' && good >= 1 ? f(1) : `${f(good)} or more`;
  return good <= 0 ? f(0) : `${f(good)} or less`;
}

function scoreComponent(component: RubricComponent, side: Side, metrics: ConversationMetrics, rubric: Rubric): Omit<ComponentScore, 'points'> {
  const definition = METRICS[component.metric];
  const value = definition.get(metrics);
  const target = targetText(component.curve, definition.unit, side);
  const display = value === undefined ? 'not measured' : formatValue(value, definition.unit);
  const explanation =
    value === undefined
      ? `Not measured for this transcript (it needs timings), so it does not count toward ${side === 'listening' ? 'Listening' : 'Pitching'}.`
      : component.explain
          .replaceAll('{value}', display)
          .replaceAll('{target}', target)
          .replaceAll('{needsBeforePitch}', String(rubric.settings.needsBeforePitch));
  return {
    id: component.id,
    name: component.name,
    side,
    metric: component.metric,
    weight: component.weight,
    score: value === undefined ? null : curveScore(component.curve, value),
    value: value ?? null,
    display,
    target,
    anchor: component.anchor,
    source: component.source,
    explanation,
  };
}

/** Scores one side of the rubric: the headline (0–100, rounded) and its components. */
export function scoreSide(rubric: Rubric, side: Side, metrics: ConversationMetrics): { score: number; components: ComponentScore[] } {
  const scored = rubric[side].map((c) => scoreComponent(c, side, metrics, rubric));
  const totalWeight = scored.reduce((sum, c) => sum + (c.score === null ? 0 : c.weight), 0);
  const components = scored.map((c) => ({
    ...c,
    points: c.score === null || totalWeight === 0 ? 0 : (100 * c.weight * c.score) / totalWeight,
  }));
  const score = Math.round(components.reduce((sum, c) => sum + c.points, 0));
  return { score, components };
}

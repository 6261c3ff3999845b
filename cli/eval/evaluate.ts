/**
 * Runs the analyzer over labelled turns and scores it against the targets of issue 3.
 */
import { analyzeTurn } from '../../core/analyzer/index';
import type { TurnAnalysis } from '../../core/analyzer/types';
import { QUESTION_LABELS, SPIN_LABELS, type LabelledTurn } from './dataset';
import { binaryScores, cohensKappa, confusion, type BinaryScores, type Confusion } from './metrics';

export const BINARY_LABELS = ['reflect', 'pitch', 'pressure', 'value_link'] as const;
export type BinaryLabel = (typeof BINARY_LABELS)[number];

/** A target from the issue: a named metric and the minimum it must reach. */
export interface Target {
  name: string;
  min: number;
  value: number;
  met: boolean;
}

export interface EvalReport {
  name: string;
  turns: number;
  question: { confusion: Confusion<(typeof QUESTION_LABELS)[number]>; kappa: number; openClosedAccuracy: number };
  spin: { confusion: Confusion<(typeof SPIN_LABELS)[number]>; kappa: number; accuracyOnQuestions: number };
  binary: Record<BinaryLabel, BinaryScores>;
  targets: Target[];
  /** Turns where the analyzer disagrees with the label, for error analysis. */
  mistakes: { id: string; text: string; field: string; gold: string; predicted: string }[];
}

function predictedBinary(a: TurnAnalysis, label: BinaryLabel): boolean {
  return label === 'value_link' ? a.valueLink : a[label];
}

/** Scores the analyzer on a set of labelled turns. */
export function evaluate(name: string, turns: LabelledTurn[]): EvalReport {
  const predictions = turns.map((t) => analyzeTurn(t.text, { prev: t.prev }));
  const mistakes: EvalReport['mistakes'] = [];
  const qPairs: [(typeof QUESTION_LABELS)[number], (typeof QUESTION_LABELS)[number]][] = [];
  const sPairs: [(typeof SPIN_LABELS)[number], (typeof SPIN_LABELS)[number]][] = [];
  let trueQuestions = 0, ocRight = 0, spinRight = 0;
  turns.forEach((t, i) => {
    const p = predictions[i] as TurnAnalysis;
    qPairs.push([t.question, p.question]);
    sPairs.push([t.spin, p.spin]);
    if (t.question !== p.question) mistakes.push({ id: t.id, text: t.text, field: 'question', gold: t.question, predicted: p.question });
    if (t.question !== 'none') {
      trueQuestions++;
      if (p.question === t.question) ocRight++;
      if (p.spin === t.spin) spinRight++;
      else if (p.question !== 'none') mistakes.push({ id: t.id, text: t.text, field: 'spin', gold: t.spin, predicted: p.spin });
    }
    for (const l of BINARY_LABELS) {
      if (t[l] !== predictedBinary(p, l)) mistakes.push({ id: t.id, text: t.text, field: l, gold: String(t[l]), predicted: String(predictedBinary(p, l)) });
    }
  });
  const qc = confusion(QUESTION_LABELS, qPairs);
  const sc = confusion(SPIN_LABELS, sPairs);
  const binary = Object.fromEntries(BINARY_LABELS.map((l) => [l, binaryScores(turns.map((t, i) => [t[l], predictedBinary(predictions[i] as TurnAnalysis, l)]))])) as Record<BinaryLabel, BinaryScores>;
  const report: Omit<EvalReport, 'targets'> = {
    name,
    turns: turns.length,
    question: { confusion: qc, kappa: cohensKappa(qc), openClosedAccuracy: trueQuestions ? ocRight / trueQuestions : Number.NaN },
    spin: { confusion: sc, kappa: cohensKappa(sc), accuracyOnQuestions: trueQuestions ? spinRight / trueQuestions : Number.NaN },
    binary,
    mistakes,
  };
  return { ...report, targets: targetsOf(report) };
}

/** The targets, checked against a report. */
function targetsOf(r: Omit<EvalReport, 'targets'>): Target[] {
  const t = (name: string, min: number, value: number): Target => ({ name, min, value, met: value >= min });
  return [
    t('question 3-way kappa', 0.85, r.question.kappa),
    t('open/closed accuracy on true questions', 0.88, r.question.openClosedAccuracy),
    t('SPIN accuracy on true questions', 0.75, r.spin.accuracyOnQuestions),
    t('reflection F1', 0.8, r.binary.reflect.f1),
    t('pitch F1', 0.9, r.binary.pitch.f1),
    t('pressure F1', 0.8, r.binary.pressure.f1),
    t('value-linked pitch F1', 0.7, r.binary.value_link.f1),
  ];
}

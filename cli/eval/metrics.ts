/**
 * Agreement metrics for the analyzer evaluation: confusion matrices, Cohen's kappa, precision/recall/F1.
 */

/** Counts of (gold, predicted) pairs over a fixed label set. */
export interface Confusion<L extends string> {
  labels: readonly L[];
  /** counts[gold][predicted] */
  counts: Record<L, Record<L, number>>;
  total: number;
}

/** Builds a confusion matrix from paired gold and predicted labels. */
export function confusion<L extends string>(labels: readonly L[], pairs: [gold: L, predicted: L][]): Confusion<L> {
  const counts = Object.fromEntries(labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))])) as Record<L, Record<L, number>>;
  for (const [g, p] of pairs) counts[g][p] += 1;
  return { labels, counts, total: pairs.length };
}

/** Cohen's kappa: agreement beyond chance. 1 when both raters agree perfectly; 0 at chance level. */
export function cohensKappa<L extends string>(m: Confusion<L>): number {
  if (m.total === 0) return Number.NaN;
  let observed = 0;
  let expected = 0;
  for (const l of m.labels) {
    observed += m.counts[l][l];
    const goldL = m.labels.reduce((s, p) => s + m.counts[l][p], 0);
    const predL = m.labels.reduce((s, g) => s + m.counts[g][l], 0);
    expected += (goldL / m.total) * (predL / m.total);
  }
  const po = observed / m.total;
  if (expected === 1) return po === 1 ? 1 : 0;
  return (po - expected) / (1 - expected);
}

/** Share of pairs where gold and prediction agree. */
export function accuracy<L extends string>(m: Confusion<L>): number {
  if (m.total === 0) return Number.NaN;
  return m.labels.reduce((s, l) => s + m.counts[l][l], 0) / m.total;
}

export interface BinaryScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  kappa: number;
}

/** Precision, recall, F1 and kappa of a yes/no label. Undefined ratios (0/0) are reported as NaN. */
export function binaryScores(pairs: [gold: boolean, predicted: boolean][]): BinaryScores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const [g, p] of pairs) {
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
    else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : Number.NaN;
  const recall = tp + fn ? tp / (tp + fn) : Number.NaN;
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : tp + fp + fn ? 0 : Number.NaN;
  const m = confusion(['yes', 'no'] as const, pairs.map(([g, p]) => [g ? 'yes' : 'no', p ? 'yes' : 'no']));
  return { tp, fp, fn, tn, precision, recall, f1, kappa: cohensKappa(m) };
}

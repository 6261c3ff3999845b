/**
 * Plain-text rendering of an evaluation report: targets first, then per-label scores and confusion matrices.
 */
import type { Confusion } from './metrics';
import type { EvalReport } from './evaluate';
import { BINARY_LABELS } from './evaluate';

const f3 = (n: number): string => (Number.isNaN(n) ? '  n/a' : n.toFixed(3));

/** A confusion matrix as an aligned table, gold labels down, predictions across. */
export function formatConfusion<L extends string>(title: string, m: Confusion<L>): string[] {
  const w = Math.max(11, ...m.labels.map((l) => l.length + 1));
  const head = `${'gold \\ pred'.padEnd(w)}${m.labels.map((l) => l.padStart(w)).join('')}`;
  const rows = m.labels.map((g) => `${g.padEnd(w)}${m.labels.map((p) => String(m.counts[g][p]).padStart(w)).join('')}`);
  return [title, head, ...rows];
}

/** The whole report for one file (or the combined set) as lines of text. */
export function formatReport(r: EvalReport): string[] {
  const lines = [`== ${r.name} (${r.turns} turns) ==`, 'Targets:'];
  for (const t of r.targets) lines.push(`  ${t.met ? 'MET    ' : 'MISSED '} ${t.name.padEnd(40)} ${f3(t.value)}  (target >= ${t.min.toFixed(2)})`);
  lines.push(
    '',
    `Question: 3-way kappa ${f3(r.question.kappa)}, open/closed accuracy on true questions ${f3(r.question.openClosedAccuracy)}`,
    `SPIN: accuracy on true questions ${f3(r.spin.accuracyOnQuestions)}, kappa ${f3(r.spin.kappa)}`,
    '',
    `${'label'.padEnd(12)}${['precision', 'recall', 'F1', 'kappa', 'tp', 'fp', 'fn'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const l of BINARY_LABELS) {
    const b = r.binary[l];
    lines.push(`${l.padEnd(12)}${[f3(b.precision), f3(b.recall), f3(b.f1), f3(b.kappa), String(b.tp), String(b.fp), String(b.fn)].map((v) => v.padStart(10)).join('')}`);
  }
  lines.push('', ...formatConfusion('Question confusion:', r.question.confusion), '', ...formatConfusion('SPIN confusion:', r.spin.confusion), '');
  return lines;
}

/**
 * A plain-text scorecard for terminals and clipboards: headline, every component with its
 * value, target, anchor and explanation, the metrics, and the turns with compact labels.
 */
import { turnLabels } from './labels';
import { formatValue } from './metricCatalogue';
import type { ComponentScore } from './rubric';
import type { Scorecard } from './index';

export interface ReportHeader {
  /** First line, e.g. "calls/acme.vtt (WebVTT)". */
  title: string;
  /** Extra lines under the title (who the rep is, how that was decided). */
  notes?: string[];
  /** Display names per turn (defaults to "Rep"/"Customer"). */
  speakers?: string[];
}

const pct = (n: number) => formatValue(n, 'percent');

function componentLines(c: ComponentScore): string[] {
  const score = c.score === null ? 'not counted' : `${c.score.toFixed(2)} × weight ${c.weight} → ${c.points.toFixed(1)} pts`;
  return [
    `  ${c.name}: ${c.display} (target ${c.target}); ${score}`,
    `      ${c.explanation}`,
    `      Anchor: ${c.anchor} [${c.source}]`,
  ];
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Renders the scorecard as readable text. */
export function renderScorecardText(card: Scorecard, header: ReportHeader): string {
  const m = card.metrics;
  const q = m.questions;
  const lines: string[] = [
    `ListenFirst scorecard: ${header.title}`,
    ...(header.notes ?? []),
    '',
    `Listening ${String(card.listening).padStart(3)}/100   (higher is better; pass mark ${card.passMark.listening} or more)`,
    `Pitching  ${String(card.pitching).padStart(3)}/100   (higher means more pitch-heavy; pass mark ${card.passMark.pitching} or less)`,
    `Result: ${card.passed ? 'PASS' : 'NOT YET'} (rubric ${card.rubricVersion})`,
    '',
    'How Listening was scored (points add up to the score):',
    ...card.components.listening.flatMap(componentLines),
    '',
    'How Pitching was scored (points add up to the score):',
    ...card.components.pitching.flatMap(componentLines),
  ];
  if (card.warnings.length > 0) lines.push('', 'Warnings:', ...card.warnings.map((w) => `  ! ${w}`));
  const firstPitch =
    m.firstPitchTurn === null
      ? 'no pitch'
      : `first pitch at turn ${m.firstPitchTurn}, after ${m.needsUncoveredBeforeFirstPitch} need(s) disclosed${m.needsSource === 'estimated' ? ' (estimated)' : ''}`;
  lines.push(
    '',
    'Metrics:',
    `  Turns ${m.turns} (rep ${m.repTurns}, customer ${m.customerTurns}); words: rep ${m.repWords}, customer ${m.customerWords}; rep talk share ${pct(m.talkShare)}`,
    `  Questions ${q.total} (open ${q.open}, closed ${q.closed}; ${q.per100Words.toFixed(1)} per 100 rep words; in ${q.segmentsWithQuestion} of ${q.segments} parts of the call)`,
    `  SPIN: situation ${m.spin.situation}, problem ${m.spin.problem}, implication ${m.spin.implication}, need-payoff ${m.spin.need_payoff}`,
    `  Reflections ${m.reflections} (${m.reflectionRatio.toFixed(2)} per question); follow-up questions ${m.followUps}`,
    `  Pitches ${m.pitches} (value-linked ${m.valueLinkedPitches}, premature ${m.prematurePitches}); ${firstPitch}`,
    `  Pressure ${m.pressure}; longest rep monologue ${m.longestMonologueWords} words${m.longestMonologueSeconds !== undefined ? ` (${Math.round(m.longestMonologueSeconds)} s)` : ''}; customer's longest stretch ${m.customerLongestStretchWords} words${m.customerLongestStretchSeconds !== undefined ? ` (${Math.round(m.customerLongestStretchSeconds)} s)` : ''}`,
    ...(m.wordsPerMinute !== undefined ? [`  Rep speaking rate ${Math.round(m.wordsPerMinute)} words per minute`] : []),
  );
  lines.push(`  Next step proposed: ${m.nextStepTurn === null ? 'none' : `turn ${m.nextStepTurn}`}`);
  if (card.needs) {
    const uncovered = card.needs.uncovered.map((n) => `${n.id} (${n.depth})`).join(', ') || 'none';
    lines.push(`  Needs uncovered: ${uncovered}; missed: ${card.needs.missed.join(', ') || 'none'}`);
  }
  if (card.preparation) lines.push(`  Preparation used: ${card.preparation.used.join(', ') || 'none'}; unused: ${card.preparation.unused.join(', ') || 'none'}`);
  if (card.outcome) lines.push(`  Outcome: ${card.outcome}`);
  lines.push('', 'Turns:');
  const nameOf = (i: number) => header.speakers?.[i] ?? (card.turns[i]?.speaker === 'rep' ? 'Rep' : 'Customer');
  const width = Math.min(18, Math.max(8, ...card.turns.map((_, i) => nameOf(i).length)));
  card.turns.forEach((t, i) => {
    const who = nameOf(i);
    const labels = t.analysis ? turnLabels(t.analysis).join(' ') : '';
    lines.push(`  ${String(i + 1).padStart(3)} ${clip(who, width).padEnd(width)} ${clip(t.text, 70)}${labels ? `  [${labels}]` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}

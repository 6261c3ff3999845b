/**
 * The pure side of a practice call: turning the engine's and analyzer's output into what the
 * store keeps and the screens show. No React, no bridge, so it is easy to test and reuse.
 */
import type { TurnAnalysis } from '../../../../core/analyzer/types';
import type { SessionTurn, StoredLabels } from '../../../../core/session/types';
import { analyzerContext, playLines, type PlayResult, type Scenario } from '../../../../core/scenario';
import { scoreConversation, type Scorecard } from '../../../../core/scoring';

/** Words a minute the engine assumes for talk time (the customer's patience is counted the same way). */
export const WORDS_PER_MINUTE = 150;

/** The analyzer's verdict as the session store keeps it. */
export function toStoredLabels(a: TurnAnalysis): StoredLabels {
  return {
    question: a.question,
    spin: a.spin,
    reflect: a.reflect,
    pitch: a.pitch,
    valueLink: a.valueLink,
    pressure: a.pressure,
    inform: a.inform,
    reasons: a.reasons.slice(0, 50).map((r) => r.slice(0, 500)),
  };
}

/** A fresh session id the store accepts (letters, digits, dash). */
export function newSessionId(now = Date.now(), random = Math.random): string {
  return `s-${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** A seed for the customer's variant choices. */
export function newSeed(random = Math.random): number {
  return Math.floor(random() * 2 ** 31);
}

/** The rep's lines in order, as replayed to rebuild a call. */
export function repLines(turns: readonly SessionTurn[]): string[] {
  return turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
}

export interface Mood {
  label: string;
  tone: 'warm' | 'open' | 'wary' | 'cold';
}

/** How the customer seems, in words (the raw trust number would invite gaming it). */
export function moodOf(trust: number): Mood {
  if (trust >= 65) return { label: 'Warm', tone: 'warm' };
  if (trust >= 40) return { label: 'Open', tone: 'open' };
  if (trust >= 25) return { label: 'Wary', tone: 'wary' };
  return { label: 'Guarded', tone: 'cold' };
}

/** The call's goal, said as the brief says it, from the scenario's ending rule. */
export function goalOf(scenario: Scenario): string {
  const rule = scenario.ending.next_step;
  const depth = { situation: 'the situation', problem: 'the problem', implication: 'what it costs them', need_payoff: 'what solving it would mean' }[rule.depth];
  return `Agree a concrete next step with ${scenario.persona.name.split(' ')[0]}, once you have uncovered at least ${rule.needs} of their needs down to ${depth}.`;
}

/** Minutes of talk time the customer gives the call. */
export function timeBudgetMinutes(scenario: Scenario): number {
  return scenario.persona.patience.minutes ?? scenario.expected_minutes;
}

/** Estimated talk time of a transcript at speaking pace, in minutes. */
export function talkMinutes(turns: readonly { text: string }[]): number {
  const words = turns.reduce((n, t) => n + (t.text.trim() ? t.text.trim().split(/\s+/).length : 0), 0);
  return words / WORDS_PER_MINUTE;
}

/** "4:05" for minutes as a decimal. */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes * 60);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** How long the customer "types": scaled to the reply's length, between 0.6 and 2.8 seconds. */
export function typingDelayMs(reply: string): number {
  return Math.min(2800, 600 + reply.length * 12);
}

/**
 * A nudge for a rep who is stuck, from where the call stands: open up first, then dig into the
 * need on the table (impact, then what solving it would mean), then propose a next step.
 */
export function hintFor(scenario: Scenario, depth: Record<string, number>, focus: string | null): string {
  const rule = scenario.ending.next_step;
  const needed = ['situation', 'problem', 'implication', 'need_payoff'].indexOf(rule.depth) + 1;
  const deepEnough = Object.values(depth).filter((d) => d >= needed).length;
  if (deepEnough >= rule.needs) return 'Try proposing a concrete next step, tied to what they told you.';
  const current = focus ? (depth[focus] ?? 0) : 0;
  const title = scenario.needs.find((n) => n.id === focus)?.title.toLowerCase();
  if (!focus || current === 0) return 'Try an open question about their priorities or what is hardest right now.';
  if (current === 1) return `Try a question about the problem: what makes ${title ?? 'that'} difficult?`;
  if (current === 2) return `Try a question about impact: what does ${title ?? 'that'} cost them?`;
  if (current === 3) return 'Try a need-payoff question: what would solving it mean for them?';
  return 'Try summarising what you heard, then ask what else is on their plate.';
}

/**
 * A question a good rep could have asked to uncover a need the call missed: the scenario author's
 * `model_question` when there is one, else one built from the need's own words so it points at
 * the topic without giving the answer away.
 */
export function modelQuestion(need: Scenario['needs'][number]): string {
  if (need.model_question) return need.model_question;
  const topic = need.terms[0] ?? need.title;
  return `How are things with ${topic} at the moment, and what makes it hard?`;
}

const DISCLOSED = new Set(['problem', 'implication', 'need_payoff']);

/** The result of scoring a finished call. */
export interface CallScore {
  card: Scorecard;
  play: PlayResult;
}

/**
 * Scores a call by replaying the rep's lines through the engine with the same seed (so the
 * needs disclosed by each turn come from the engine, not an estimate). `outcome` overrides the
 * replay's when the rep hung up, which a replay of lines cannot know.
 */
export function scoreCall(scenario: Scenario, seed: number, lines: readonly string[], outcome?: string): CallScore {
  const play = playLines(scenario, lines, { seed });
  // Needs disclosed after each transcript turn (rep at 2k, customer at 2k+1): a need counts once
  // its problem is out, as in readSnapshot, and only the customer's reply can disclose one.
  const needsUncoveredByTurn: number[] = [];
  let before = 0;
  for (const turn of play.turns) {
    const after = Object.values(turn.revealed).filter((layer) => DISCLOSED.has(layer)).length;
    needsUncoveredByTurn.push(before, after);
    before = after;
  }
  const card = scoreConversation(play.transcript, {
    context: analyzerContext(scenario),
    scenarioResult: { outcome: outcome ?? play.outcome, needs: play.needs },
    needsUncoveredByTurn,
  });
  return { card, play };
}

/** Tags shown on a rep turn in the annotated transcript, each with the analyzer's reason. */
export interface TurnTag {
  kind: 'open' | 'closed' | 'reflection' | 'pitch' | 'value' | 'pressure';
  label: string;
  reason: string;
}

function reasonFor(labels: StoredLabels, prefix: string, fallback: string): string {
  return labels.reasons.find((r) => r.startsWith(prefix)) ?? fallback;
}

/** Open question / closed question / reflection / pitch / value-linked / pressure. */
export function tagsFor(labels: StoredLabels): TurnTag[] {
  const tags: TurnTag[] = [];
  if (labels.question === 'open') tags.push({ kind: 'open', label: 'Open question', reason: reasonFor(labels, 'open question', 'open question: invites them to explain') });
  if (labels.question === 'closed') tags.push({ kind: 'closed', label: 'Closed question', reason: reasonFor(labels, 'closed question', 'closed question: invites a short answer') });
  if (labels.reflect) tags.push({ kind: 'reflection', label: 'Reflection', reason: reasonFor(labels, 'reflection', 'reflection: gives back what they said') });
  if (labels.valueLink) tags.push({ kind: 'value', label: 'Value-linked', reason: reasonFor(labels, 'value-linked', 'value-linked pitch: ties the product to a need they stated') });
  else if (labels.pitch) tags.push({ kind: 'pitch', label: 'Pitch', reason: reasonFor(labels, 'pitch', 'pitch: presents your product') });
  if (labels.pressure) tags.push({ kind: 'pressure', label: 'Pressure', reason: reasonFor(labels, 'pressure', 'pressure: pushes them to decide') });
  return tags;
}

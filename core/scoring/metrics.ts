/**
 * Conversation metrics from analyzed turns: the raw numbers the rubric turns into scores.
 */
import type { TurnAnalysis } from '../analyzer/types';
import { buildsOn } from './followUp';
import type { RubricSettings } from './rubricSchema';
import type { ConversationMetrics, ScoringTurn } from './types';

/** Words in a turn, counted the same way for both speakers. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/).length : 0;
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

interface Run {
  role: 'rep' | 'customer';
  words: number;
  start?: number;
  end?: number;
  timed: boolean;
}

/** Groups consecutive turns by the same side: a monologue is a run of rep turns. */
function runsOf(turns: ScoringTurn[], words: number[]): Run[] {
  const runs: Run[] = [];
  turns.forEach((t, i) => {
    const timed = t.start !== undefined && t.end !== undefined;
    const last = runs.at(-1);
    if (last && last.role === t.speaker) {
      last.words += words[i]!;
      last.end = t.end;
      last.timed = last.timed && timed;
    } else {
      runs.push({ role: t.speaker, words: words[i]!, start: t.start, end: t.end, timed });
    }
  });
  return runs;
}

function longest(runs: Run[], role: 'rep' | 'customer', timed: boolean): { words: number; seconds?: number } {
  const own = runs.filter((r) => r.role === role);
  const words = Math.max(0, ...own.map((r) => r.words));
  if (!timed) return { words };
  return { words, seconds: Math.max(0, ...own.map((r) => (r.end ?? 0) - (r.start ?? 0))) };
}

/**
 * Estimates needs disclosed so far: a customer answer (4+ words) right after a rep problem or
 * implication question counts as one disclosed need. Used only when the scenario engine does
 * not supply `needsUncoveredByTurn`.
 */
function estimateNeedsByTurn(turns: ScoringTurn[], words: number[]): number[] {
  let needs = 0;
  return turns.map((t, i) => {
    const asked = turns[i - 1]?.analysis;
    if (t.speaker === 'customer' && words[i]! >= 4 && asked && (asked.spin === 'problem' || asked.spin === 'implication')) {
      needs += 1;
    }
    return needs;
  });
}

/** Computes every metric; rep turns without an analysis count as plain talk. */
export function computeMetrics(
  turns: ScoringTurn[],
  settings: RubricSettings,
  needsUncoveredByTurn?: number[],
): ConversationMetrics {
  const words = turns.map((t) => t.analysis?.words ?? countWords(t.text));
  const rep: { index: number; a: TurnAnalysis | undefined }[] = [];
  turns.forEach((t, index) => {
    if (t.speaker === 'rep') rep.push({ index, a: t.analysis });
  });
  const repWords = rep.reduce((sum, r) => sum + words[r.index]!, 0);
  const allWords = words.reduce((a, b) => a + b, 0);

  const asked = rep.filter((r) => r.a && r.a.question !== 'none');
  const open = asked.filter((r) => r.a!.question === 'open').length;
  const segments = Math.max(1, Math.min(settings.spreadSegments, turns.length));
  const segmentOf = (index: number) => Math.floor((index * segments) / turns.length);
  const segmentsWithQuestion = new Set(asked.map((r) => segmentOf(r.index))).size;

  const spin = { situation: 0, problem: 0, implication: 0, need_payoff: 0 };
  for (const r of asked) if (r.a!.spin !== 'none') spin[r.a!.spin] += 1;
  const reflections = rep.filter((r) => r.a?.reflect).length;

  let lastCustomer: string | undefined;
  let followUps = 0;
  turns.forEach((t) => {
    if (t.speaker === 'customer') lastCustomer = t.text;
    else if (t.analysis && t.analysis.question !== 'none' && (t.analysis.reflect || buildsOn(t.text, lastCustomer))) followUps += 1;
  });

  const pitched = rep.filter((r) => r.a?.pitch);
  const valueLinked = pitched.filter((r) => r.a!.valueLink).length;
  const fromScenario = needsUncoveredByTurn !== undefined && needsUncoveredByTurn.length > 0;
  const needsByTurn = fromScenario ? needsUncoveredByTurn : estimateNeedsByTurn(turns, words);
  const needsAt = (index: number) => needsByTurn[Math.min(index, needsByTurn.length - 1)] ?? 0;
  const premature = pitched.filter((r) => needsAt(r.index) < settings.needsBeforePitch).length;
  const firstPitch = pitched[0];
  const nextStep = rep.find((r) => r.a?.acts.includes('next_step'));

  const focus = rep.reduce((f, r) => ({ customer: f.customer + (r.a?.focus.customer ?? 0), self: f.self + (r.a?.focus.self ?? 0) }), { customer: 0, self: 0 });
  const preparationUsed = [...new Set(rep.flatMap((r) => r.a?.preparation ?? []))];

  const timed = turns.length > 0 && turns.every((t) => t.start !== undefined && t.end !== undefined);
  const runs = runsOf(turns, words);
  const monologue = longest(runs, 'rep', timed);
  const stretch = longest(runs, 'customer', timed);
  const repSeconds = timed ? rep.reduce((s, r) => s + (turns[r.index]!.end! - turns[r.index]!.start!), 0) : 0;

  return {
    turns: turns.length,
    repTurns: rep.length,
    customerTurns: turns.length - rep.length,
    repWords,
    customerWords: allWords - repWords,
    talkShare: share(repWords, allWords),
    questions: {
      total: asked.length,
      open,
      closed: asked.length - open,
      per100Words: share(asked.length * 100, repWords),
      segments,
      segmentsWithQuestion,
      spread: segmentsWithQuestion / segments,
    },
    openShare: share(open, asked.length),
    reflections,
    reflectionRatio: asked.length > 0 ? reflections / asked.length : reflections,
    spin,
    deepQuestionShare: share(spin.implication + spin.need_payoff, asked.length),
    followUps,
    followUpShare: share(followUps, asked.length),
    pitches: pitched.length,
    valueLinkedPitches: valueLinked,
    unlinkedPitches: pitched.length - valueLinked,
    pitchShare: share(pitched.length, rep.length),
    firstPitchTurn: firstPitch ? firstPitch.index + 1 : null,
    needsUncoveredBeforeFirstPitch: firstPitch ? needsAt(firstPitch.index) : null,
    needsSource: fromScenario ? 'scenario' : 'estimated',
    prematurePitches: premature,
    prematurePitchShare: share(premature, pitched.length),
    pressure: rep.filter((r) => r.a?.pressure).length,
    nextStepTurn: nextStep ? nextStep.index + 1 : null,
    focus: { ...focus, customerShare: share(focus.customer, focus.customer + focus.self), selfShare: share(focus.self, focus.customer + focus.self) },
    longestMonologueWords: monologue.words,
    customerLongestStretchWords: stretch.words,
    preparationUsed,
    ...(timed
      ? {
          longestMonologueSeconds: monologue.seconds ?? 0,
          customerLongestStretchSeconds: stretch.seconds ?? 0,
          ...(repSeconds > 0 ? { wordsPerMinute: (repWords * 60) / repSeconds } : {}),
        }
      : {}),
  };
}

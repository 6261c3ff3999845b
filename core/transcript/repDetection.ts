/**
 * Who is the rep? `--rep` wins, then a rep named in the file, then a guess.
 */
import { normaliseName } from './speakerLabel';
import { TranscriptError, type RawTurn } from './types';

/** Names that say "seller" outright. */
const SELLER_NAME = /\b(rep|sales|seller|salesperson|ae|sdr|bdr|account exec(utive)?|agent)\b/i;

export interface RepChoice {
  rep: string;
  guessed: boolean;
  reason?: string;
}

/** Distinct speakers in order of first appearance, spelled as first written. */
export function speakersOf(turns: RawTurn[]): string[] {
  const seen = new Map<string, string>();
  for (const t of turns) if (!seen.has(normaliseName(t.speaker))) seen.set(normaliseName(t.speaker), t.speaker);
  return [...seen.values()];
}

/**
 * Resolves a requested rep name (from `--rep` or the file) to a speaker, or explains which
 * speakers exist.
 */
export function resolveRep(requested: string, speakers: string[], source: string, line?: number): string {
  const match = speakers.find((s) => normaliseName(s) === normaliseName(requested));
  if (match) return match;
  throw new TranscriptError(`unknown speaker "${requested}" given by ${source}; speakers found: ${speakers.join(', ')}`, line);
}

/**
 * Guesses the rep when nobody said. The heuristic, in order:
 * 1. a speaker whose name says seller ("Rep", "Sales", "AE", "SDR", "Agent");
 * 2. otherwise points: +1 for opening the call (reps usually open a sales call),
 *    +1 for asking the most questions (counted by "?"), +1 for the most "you/your"
 *    (reps talk about the buyer's business); ties go to whoever spoke first.
 * Pitch-heavy calls where the customer asks most of the questions can fool rule 2,
 * which is why the result is marked as guessed and the CLI says so.
 */
export function guessRep(turns: RawTurn[], speakers: string[]): RepChoice {
  const named = speakers.filter((s) => SELLER_NAME.test(s));
  if (named.length === 1) return { rep: named[0]!, guessed: true, reason: 'the name says seller' };
  const stats = speakers.map((name) => {
    const own = turns.filter((t) => normaliseName(t.speaker) === normaliseName(name));
    const text = own.map((t) => t.text).join(' ');
    return { name, questions: (text.match(/\?/g) ?? []).length, you: (text.match(/\byour?\b/gi) ?? []).length };
  });
  const maxQuestions = Math.max(...stats.map((s) => s.questions));
  const maxYou = Math.max(...stats.map((s) => s.you));
  const scored = stats.map((s, i) => {
    const reasons = [
      ...(i === 0 ? ['spoke first'] : []),
      ...(s.questions === maxQuestions && maxQuestions > 0 ? ['asked the most questions'] : []),
      ...(s.you === maxYou && maxYou > 0 ? ['said "you/your" most'] : []),
    ];
    return { name: s.name, points: reasons.length, reasons };
  });
  // Stable sort keeps the first speaker ahead on ties.
  const best = [...scored].sort((a, b) => b.points - a.points)[0]!;
  return { rep: best.name, guessed: true, reason: best.reasons.join(', ') || 'spoke first' };
}

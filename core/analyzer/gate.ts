/**
 * Keyword gates: a speed device for cue lexicons. Each cue lists words of which every alternative of its
 * pattern contains at least one; a turn only runs the regexes whose gate words it contains. One pass over
 * the turn's tokens replaces a dozen regex scans for most turns. Gates never change a decision.
 */

/** A turn prepared for gates: its lower-cased text and its set of word tokens. */
export interface TurnText {
  norm: string;
  tokens: Set<string>;
}

/** Maps each gate word to the cues it opens. */
export type GateIndex = Map<string, number[]>;

/** Builds the index from each cue's gate words (in cue order). */
export function gateIndex(gates: readonly (readonly string[])[]): GateIndex {
  const index: GateIndex = new Map();
  gates.forEach((words, cue) => {
    for (const w of words) {
      const list = index.get(w) ?? [];
      if (!list.includes(cue)) list.push(cue);
      index.set(w, list);
    }
  });
  return index;
}

/** The cues (ascending) whose gate words occur in the turn; '#digit' and '#dollar' stand for any number and '$'. */
export function gatedCues(index: GateIndex, turn: TurnText): number[] {
  const open = new Set<number>();
  for (const t of turn.tokens) for (const cue of index.get(t) ?? []) open.add(cue);
  if (/\d/.test(turn.norm)) for (const cue of index.get('#digit') ?? []) open.add(cue);
  if (turn.norm.includes('$')) for (const cue of index.get('#dollar') ?? []) open.add(cue);
  return [...open].sort((a, b) => a - b);
}

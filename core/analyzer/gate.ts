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

/** Maps each gate word to the cues it opens, plus how many cues there are. */
export type GateIndex = Map<string, number[]> & { cueCount: number };

/** Builds the index from each cue's gate words (in cue order). */
export function gateIndex(gates: readonly (readonly string[])[]): GateIndex {
  const index: GateIndex = Object.assign(new Map<string, number[]>(), { cueCount: gates.length });
  gates.forEach((words, cue) => {
    for (const w of words) {
      const list = index.get(w) ?? [];
      if (!list.includes(cue)) list.push(cue);
      index.set(w, list);
    }
  });
  return index;
}

/**
 * The cues (ascending) whose gate words occur in the turn, as whole tokens, as parts of hyphenated ones or before
 * a "'s"; '#digit' and '#dollar' stand for any number and '$'.
 */
export function gatedCues(index: GateIndex, turn: TurnText): number[] {
  // A flag per cue rather than a set and a sort: this runs for every turn.
  const open = new Uint8Array(index.cueCount);
  const mark = (cues: number[] | undefined) => {
    if (cues) for (let k = 0; k < cues.length; k++) open[cues[k] as number] = 1;
  };
  for (const w of gateWords(turn.tokens)) mark(index.get(w));
  if (/\d/.test(turn.norm)) mark(index.get('#digit'));
  if (turn.norm.includes('$')) mark(index.get('#dollar'));
  const out: number[] = [];
  for (let i = 0; i < open.length; i++) if (open[i]) out.push(i);
  return out;
}

/**
 * The cues whose pattern matches the turn although their gate stayed shut: always none when every alternative
 * of each pattern holds one of its gate words. Tests run it over every labelled turn.
 */
export function ungatedCues(patterns: readonly RegExp[], index: GateIndex, turn: TurnText): number[] {
  const open = new Set(gatedCues(index, turn));
  return patterns.flatMap((p, i) => (!open.has(i) && p.test(turn.norm) ? [i] : []));
}

/**
 * Each turn's gate words, worked out once per token set (a turn's gates are asked about a dozen times). A turn's
 * token set is made once and never changed, so the set itself is the key.
 */
const READINGS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The one reading of a turn's words that every gate uses: each token, the parts of a hyphenated one
 * ("industry-leading" opens 'leading', "auto-builds" opens 'auto') and the word before "'s" ("discount's").
 */
export function gateWords(tokens: ReadonlySet<string>): ReadonlySet<string> {
  let words = READINGS.get(tokens);
  if (words) return words;
  const out = new Set<string>();
  for (const t of tokens) {
    out.add(t);
    if (t.includes('-')) for (const part of t.split('-')) out.add(part);
    if (t.endsWith("'s")) out.add(t.slice(0, -2));
  }
  READINGS.set(tokens, (words = out));
  return words;
}

/** Does the turn hold one of these gate words, read as gatedCues reads them? */
export function holdsGateWord(tokens: ReadonlySet<string>, gate: ReadonlySet<string>): boolean {
  const words = gateWords(tokens);
  if (gate.size < words.size) {
    for (const w of gate) if (words.has(w)) return true;
    return false;
  }
  for (const w of words) if (gate.has(w)) return true;
  return false;
}

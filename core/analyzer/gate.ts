/**
 * Keyword gates: a speed device for cue lexicons. Each cue lists words of which every alternative of its
 * pattern contains at least one; a turn only runs the regexes whose gate words it contains. One pass over
 * the turn's tokens replaces a dozen regex scans for most turns. Gates never change a decision.
 *
 * Every gate word gets a number the first time a gate names it; a turn's words are looked up once (see
 * `gateIdsOf`), and every gate after that is a few array reads instead of string lookups.
 */

/** A turn prepared for gates: its lower-cased text and its set of word tokens. */
export interface TurnText {
  norm: string;
  tokens: Set<string>;
}

/** The number of each gate word, in the order gates named them. */
const WORD_NUMBER = new Map<string, number>();

function numberOf(word: string): number {
  let n = WORD_NUMBER.get(word);
  if (n === undefined) WORD_NUMBER.set(word, (n = WORD_NUMBER.size));
  return n;
}

/** Maps each gate word (by number) to the cues it opens, plus how many cues there are. */
export interface GateIndex {
  cueCount: number;
  /** Cues opened by word number n (undefined for words that open none). */
  cuesOf: (number[] | undefined)[];
  /** Cues opened by any number in the turn ('#digit') and by '$' ('#dollar'). */
  digit: number[];
  dollar: number[];
}

/** Builds the index from each cue's gate words (in cue order). */
export function gateIndex(gates: readonly (readonly string[])[]): GateIndex {
  const index: GateIndex = { cueCount: gates.length, cuesOf: [], digit: [], dollar: [] };
  gates.forEach((words, cue) => {
    for (const w of words) {
      const list = w === '#digit' ? index.digit : w === '#dollar' ? index.dollar : (index.cuesOf[numberOf(w)] ??= []);
      if (!list.includes(cue)) list.push(cue);
    }
  });
  return index;
}

/** Flags reused by gatedCues (a turn's gates are worked out one index at a time). */
let flags = new Uint8Array(64);

/**
 * The cues (ascending) whose gate words occur in the turn, as whole tokens, as parts of hyphenated ones or before
 * an apostrophe; '#digit' and '#dollar' stand for any number and '$'.
 */
export function gatedCues(index: GateIndex, turn: TurnText): number[] {
  if (flags.length < index.cueCount) flags = new Uint8Array(index.cueCount);
  const out: number[] = [];
  const mark = (cues: number[] | undefined) => {
    if (cues === undefined) return;
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k] as number;
      if (flags[cue] === 0) {
        flags[cue] = 1;
        out.push(cue);
      }
    }
  };
  const ids = gateIdsOf(turn.tokens);
  for (let k = 0; k < ids.length; k++) mark(index.cuesOf[ids[k] as number]);
  if (/\d/.test(turn.norm)) mark(index.digit);
  if (turn.norm.includes('$')) mark(index.dollar);
  for (const cue of out) flags[cue] = 0;
  return out.sort((a, b) => a - b);
}

/**
 * The cues whose pattern matches the turn although their gate stayed shut: always none when every alternative
 * of each pattern holds one of its gate words. Tests run it over every labelled turn.
 */
export function ungatedCues(patterns: readonly RegExp[], index: GateIndex, turn: TurnText): number[] {
  const open = new Set(gatedCues(index, turn));
  return patterns.flatMap((p, i) => (!open.has(i) && p.test(turn.norm) ? [i] : []));
}

/** A turn's gate words and their numbers, worked out once per token set (a turn's gates are asked about a dozen times). */
interface Reading {
  words: ReadonlySet<string>;
  ids: Int32Array;
  /** How many words had numbers when `ids` was made: a gate named later may add some of the turn's words. */
  known: number;
}
const READINGS = new WeakMap<ReadonlySet<string>, Reading>();

/**
 * The one reading of a turn's words that every gate uses: each token, the parts of a hyphenated one
 * ("industry-leading" opens 'leading', "auto-builds" opens 'auto') and the word before an apostrophe ("discount's",
 * "the promo'll be gone").
 */
function readingOf(tokens: ReadonlySet<string>): Reading {
  let reading = READINGS.get(tokens);
  if (reading === undefined) {
    const words = new Set<string>();
    for (const t of tokens) {
      words.add(t);
      if (t.includes('-')) for (const part of t.split('-')) words.add(part);
      const apostrophe = t.indexOf("'");
      if (apostrophe > 0) words.add(t.slice(0, apostrophe)); // "discount's", "promo'll", "we'd"
    }
    reading = { words, ids: new Int32Array(0), known: -1 };
    READINGS.set(tokens, reading);
  }
  if (reading.known !== WORD_NUMBER.size) {
    const ids: number[] = [];
    for (const w of reading.words) {
      const n = WORD_NUMBER.get(w);
      if (n !== undefined) ids.push(n);
    }
    reading.ids = Int32Array.from(ids);
    reading.known = WORD_NUMBER.size;
  }
  return reading;
}

/** The numbers of the turn's gate words (see `readingOf`) that some gate names. */
function gateIdsOf(tokens: ReadonlySet<string>): Int32Array {
  return readingOf(tokens).ids;
}

/** Each gate word set as flags by word number, made the first time the set is asked about. */
const GATE_FLAGS = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** Does the turn hold one of these gate words, read as gatedCues reads them? */
export function holdsGateWord(tokens: ReadonlySet<string>, gate: ReadonlySet<string>): boolean {
  let inGate = GATE_FLAGS.get(gate);
  if (inGate === undefined) {
    const numbers = [...gate].map(numberOf);
    inGate = new Uint8Array(Math.max(0, ...numbers) + 1);
    for (const n of numbers) inGate[n] = 1;
    GATE_FLAGS.set(gate, inGate);
  }
  const ids = gateIdsOf(tokens);
  for (let k = 0; k < ids.length; k++) if (inGate[ids[k] as number] === 1) return true;
  return false;
}

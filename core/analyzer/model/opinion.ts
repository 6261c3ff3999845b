/**
 * The learned second opinion: small logistic-regression heads over word features (see ./README.md),
 * consulted after the rules. It can add a pitch, pressure or value link the rules missed, settle a SPIN type
 * the rules only defaulted and, when sure, overrule the type a rules cue gave; the only finding it removes is a
 * rules reflection in a turn it hears as a pitch and not as a reflection (see index.ts). Pure and deterministic.
 */
import type { SpinType } from '../types';
import { firstSentenceTokens, lastSentenceTokens, modelTokens, modelWords, prevFeatures, prevTokensOf, shapeFeatures, sharedStems } from './features';
import { decodeWeights, HEADS, STEM_KINDS, type StemKind } from './table';
import * as ENCODED from './weights';

const SPIN: Exclude<SpinType, 'none'>[] = ['situation', 'problem', 'implication', 'need_payoff'];

/**
 * The weights laid out for scoring (decoded once, see ./table.ts) so a turn is scored without building a
 * string or a set per feature: every word has a number ('^', the start of the turn, is 0); each feature
 * has an index into one flat array of weights (8 per feature); word stems find theirs by word number,
 * bigrams by a number made of both words, the few other features by name.
 */
const TABLE = decodeWeights(ENCODED);
const W = TABLE.weights;
/**
 * The same weights in thousandths (exact: the trainer rounds to 3 decimals), 16 bits each: a turn's features sit
 * at scattered places in this array, and at a quarter of the size it stays in the processor's cache.
 */
const MILLI = Int16Array.from(W, (w) => Math.round(w * 1000));
const WORD_ID = new Map<string, number>(TABLE.words.map((w, i) => [w, i]));
/** The word number of '$', the end of a turn, in bigrams (the scanner never makes it a word of its own). */
const END = WORD_ID.get('$');
const UNIGRAM_OF = new Int32Array(TABLE.words.length).fill(-1);
const OTHER_OF = new Map<string, number>();
/** Bigram keys are first * PAIR + second; with fewer than 32,768 words they fit an Int32Array. */
const PAIR = 32_768;
if (TABLE.words.length >= PAIR) throw new Error(`analyzer model: ${TABLE.words.length} words is more than the bigram keys allow`);
/**
 * Bigram features by key (first * PAIR + second), in an open-addressing hash table of typed arrays: a Map of
 * some 50,000 number keys was the single most expensive line of the analyzer (cache misses on every word).
 */
const BIGRAM_BITS = Math.ceil(Math.log2(Math.max(16, TABLE.bigrams.length))); // at least twice as many slots as bigrams
const BIGRAM_SLOTS = 1 << BIGRAM_BITS;
const BIGRAM_KEYS = new Int32Array(BIGRAM_SLOTS).fill(-1);
const BIGRAM_FEATURES = new Int32Array(BIGRAM_SLOTS);
/** Fibonacci hashing: the top bits of the key times 2^32 / phi. */
const slotOf = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - BIGRAM_BITS);
function setBigram(key: number, feature: number): void {
  let i = slotOf(key);
  while (BIGRAM_KEYS[i] !== -1) i = (i + 1) & (BIGRAM_SLOTS - 1);
  BIGRAM_KEYS[i] = key;
  BIGRAM_FEATURES[i] = feature;
}
/** The feature of a bigram key, or -1. */
function bigramOf(key: number): number {
  for (let i = slotOf(key); ; i = (i + 1) & (BIGRAM_SLOTS - 1)) {
    const k = BIGRAM_KEYS[i] as number;
    if (k === key) return BIGRAM_FEATURES[i] as number;
    if (k === -1) return -1;
  }
}
TABLE.unigrams.forEach((w, i) => (UNIGRAM_OF[w] = i));
for (let k = 0, i = TABLE.unigrams.length; k < TABLE.bigrams.length; k += 2, i++) setBigram((TABLE.bigrams[k] as number) * PAIR + (TABLE.bigrams[k + 1] as number), i);
/** For each kind of stem feature (see ./table.ts), the feature of each word number, or -1. */
const STEM_OF = {} as Record<StemKind, Int32Array>;
let stemStart = TABLE.unigrams.length + TABLE.bigrams.length / 2;
for (const k of STEM_KINDS) {
  const of = (STEM_OF[k] = new Int32Array(TABLE.words.length).fill(-1));
  const start = stemStart;
  TABLE.stems[k].forEach((w, i) => (of[w] = start + i));
  stemStart += TABLE.stems[k].length;
}
TABLE.others.forEach((f, i) => OTHER_OF.set(f, stemStart + i));
const FEATURE_COUNT = W.length / HEADS;
/** Which turn last counted each feature (features are present or not, never counted twice). */
const COUNTED_IN = new Uint32Array(FEATURE_COUNT);
let turnNumber = 0;

export interface ModelOpinion {
  pitch: number;
  pressure: number;
  valueLink: number;
  reflect: number;
  /** SPIN class probabilities, in SPIN order. */
  spin: number[];
  /** Whether the turn asks something: probabilities of not a question, an open one and a closed one. */
  question: [none: number, open: number, closed: number];
  /** The turn's stems and which of them carried weights, for the reason shown to the rep (see `modelCues`). */
  tokens: readonly string[];
  /** The turn's text, to show a cue as the words the rep used rather than their stems. */
  text: string;
  /** The stems of the customer's previous line. */
  prevTokens: readonly string[];
  /** Matched features in order: 2i for the stem at i, 2i+1 for the bigram ending at i. */
  hits: readonly number[];
  /** The feature (index into the weights) behind each hit. */
  features: readonly number[];
}

/** Function words: they tip the model but explain nothing to a rep ("we", "our" and "not" do, so they stay). */
const FILLER = new Set('the a an and or but so to of in on for at by with from is are was were be been it its this that these those you your i me my they them their he she his her do does did have has had can could would will should just really like um uh yeah ok okay right what how why when where who which there here about into than then also very more some any all no if as up out get got one two'.split(' '));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probabilities for one rep turn given the customer's previous line. */
export function modelOpinion(text: string, prev: string): ModelOpinion {
  if (++turnNumber === 0xffffffff) {
    COUNTED_IN.fill(0);
    turnNumber = 1;
  }
  // Sums of weights in thousandths (exact integers), then the bias.
  const sums = new Int32Array(HEADS);
  // The same features as modelFeatures() (the training side), each counted once.
  const hits: number[] = [];
  const features: number[] = [];
  const toks = modelTokens(text.slice(0, 4000));
  let last = 0; // '^'
  for (let i = 0; i < toks.length; i++) {
    const id = WORD_ID.get(toks[i] as string);
    if (id === undefined) {
      last = -1; // a word the model never saw: no feature of its own and no bigram with the next word
      continue;
    }
    const uni = UNIGRAM_OF[id] as number;
    if (addFeature(sums, uni)) {
      hits.push(2 * i);
      features.push(uni);
    }
    const bi = last >= 0 ? bigramOf(last * PAIR + id) : -1;
    if (addFeature(sums, bi)) {
      hits.push(2 * i + 1);
      features.push(bi);
    }
    last = id;
  }
  // The bigram of the last word and the end of the turn ('$'): "…sound $", "…right $".
  if (last >= 0 && toks.length > 0 && END !== undefined) addFeature(sums, bigramOf(last * PAIR + END));
  const prevToks = prevTokensOf(prev);
  const shared = sharedStems(toks, prevToks);
  for (const f of prevFeatures(toks, prev, prevToks, shared)) addFeature(sums, OTHER_OF.get(f) ?? -1);
  addStems(sums, 'p', prevToks);
  addStems(sums, 'l', lastSentenceTokens(text));
  addStems(sums, 'f', firstSentenceTokens(text));
  addStems(sums, 'o', shared);
  for (const f of shapeFeatures(text, toks.length)) addFeature(sums, OTHER_OF.get(f) ?? -1);
  const z = new Float64Array(HEADS);
  for (let k = 0; k < HEADS; k++) z[k] = (ENCODED.BIAS[k] ?? 0) + (sums[k] as number) / 1000;
  const m = Math.max(z[3] as number, z[4] as number, z[5] as number, z[6] as number);
  const e3 = Math.exp((z[3] as number) - m);
  const e4 = Math.exp((z[4] as number) - m);
  const e5 = Math.exp((z[5] as number) - m);
  const e6 = Math.exp((z[6] as number) - m);
  const sum = e3 + e4 + e5 + e6;
  // The question head's open and closed logits are stored relative to "not a question" (logit 0).
  const q = Math.max(0, z[8] as number, z[9] as number);
  const qNone = Math.exp(-q);
  const qOpen = Math.exp((z[8] as number) - q);
  const qClosed = Math.exp((z[9] as number) - q);
  const qSum = qNone + qOpen + qClosed;
  return {
    pitch: sigmoid(z[0] as number),
    pressure: sigmoid(z[1] as number),
    valueLink: sigmoid(z[2] as number),
    reflect: sigmoid(z[7] as number),
    spin: [e3 / sum, e4 / sum, e5 / sum, e6 / sum],
    question: [qNone / qSum, qOpen / qSum, qClosed / qSum],
    tokens: toks,
    text,
    prevTokens: prevToks,
    hits,
    features,
  };
}

/** Adds the weights of the stem features of one kind (see ./table.ts) for these stems. */
function addStems(sums: Int32Array, kind: StemKind, stems: readonly string[]): void {
  const of = STEM_OF[kind];
  for (let i = 0; i < stems.length; i++) {
    const id = WORD_ID.get(stems[i] as string);
    if (id !== undefined) addFeature(sums, of[id] as number);
  }
}

/** Adds feature `f`'s weights to the sums unless this turn already counted it (or it has none, f < 0). */
function addFeature(sums: Int32Array, f: number): boolean {
  if (f < 0 || COUNTED_IN[f] === turnNumber) return false;
  COUNTED_IN[f] = turnNumber;
  const at = f * HEADS;
  for (let k = 0; k < HEADS; k++) sums[k] = (sums[k] as number) + (MILLI[at + k] as number);
  return true;
}

/** The heads a reason can quote: 0 pitch, 1 pressure, 2 value link, 7 reflection, 8 an open question, 9 a closed one. */
export type CueHead = 0 | 1 | 2 | 7 | 8 | 9;

/**
 * Up to three words or word pairs that pushed a head (see `CueHead`) up most. With
 * `fresh`, only words the customer's previous line did not use (a rep repeating "$450 a month" back is
 * not pitching on "month").
 */
export function modelCues(o: ModelOpinion, head: CueHead, fresh = false): string[] {
  const cues: [string, number][] = [];
  const theirs = fresh ? new Set(o.prevTokens) : undefined;
  // The rep's own words for each stem ("making", not "mak"), worked out only when a reason is written.
  const written = modelWords(o.text.slice(0, 4000));
  o.hits.forEach((h, k) => {
    const i = h >> 1;
    const word = o.tokens[i] as string;
    if (theirs?.has(word) && (h % 2 === 0 || theirs.has(o.tokens[i - 1] as string))) return;
    const weight = W[(o.features[k] as number) * HEADS + head] as number;
    // Function words and start-of-turn bigrams read oddly as a reason.
    if (h % 2 === 0) {
      if (!FILLER.has(word)) cues.push([written[i] ?? word, weight]);
    } else if (i > 0) cues.push([`${written[i - 1] ?? o.tokens[i - 1]} ${written[i] ?? word}`, weight]);
  });
  return cues
    .filter(([, w]) => w > 0.15)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f]) => f);
}

/** Up to three words of the turn (as the rep wrote them) whose stems the customer's previous line used too. */
export function echoedWords(o: ModelOpinion, text: string): string[] {
  const theirs = new Set(o.prevTokens);
  const out: string[] = [];
  for (const word of text.slice(0, 4000).match(/[A-Za-z0-9]+(?:['\u2019-][A-Za-z0-9]+)*/g) ?? []) {
    const shown = word.toLowerCase();
    const echoes = modelTokens(word).some((stem) => stem.length >= 4 && !FILLER.has(stem) && theirs.has(stem));
    if (echoes && !out.includes(shown)) out.push(shown);
    if (out.length === 3) break;
  }
  return out;
}

/** The SPIN class the model is most sure of, with its probability. */
export function modelSpin(o: ModelOpinion): { spin: Exclude<SpinType, 'none'>; p: number } {
  let best = 0;
  for (let k = 1; k < SPIN.length; k++) if ((o.spin[k] ?? 0) > (o.spin[best] ?? 0)) best = k;
  return { spin: SPIN[best] ?? 'situation', p: o.spin[best] ?? 0 };
}

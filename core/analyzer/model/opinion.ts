/**
 * The learned second opinion: small logistic-regression heads over word features (see ./README.md),
 * consulted after the rules. It can add a pitch, pressure or value link the rules missed and settle a
 * SPIN type the rules only defaulted; it never removes what a rule found. Pure and deterministic.
 */
import type { SpinType } from '../types';
import { modelTokens, prevFeatures } from './features';
import { BIAS, WEIGHTS } from './weights';

const SPIN: Exclude<SpinType, 'none'>[] = ['situation', 'problem', 'implication', 'need_payoff'];

type Weights = readonly number[];
/**
 * The weights split by kind (built once) so a turn is scored without building a string per feature:
 * word stems, bigrams as first word → second word, and the few other features by name.
 */
const UNIGRAMS = new Map<string, Weights>();
const BIGRAMS = new Map<string, Map<string, Weights>>();
const OTHER = new Map<string, Weights>();
for (const [f, w] of Object.entries(WEIGHTS)) {
  if (f.startsWith('w:')) UNIGRAMS.set(f.slice(2), w);
  else if (f.startsWith('b:')) {
    const [a = '', b = ''] = f.slice(2).split('_');
    const next = BIGRAMS.get(a) ?? new Map<string, Weights>();
    next.set(b, w);
    BIGRAMS.set(a, next);
  } else OTHER.set(f, w);
}

export interface ModelOpinion {
  pitch: number;
  pressure: number;
  valueLink: number;
  /** SPIN class probabilities, in SPIN order. */
  spin: number[];
  /** The turn's stems and which of them carried weights, for the reason shown to the rep (see `modelCues`). */
  tokens: readonly string[];
  /** Matched features in order: 2i for the stem at i, 2i+1 for the bigram ending at i. */
  hits: readonly number[];
}

/** Function words: they tip the model but explain nothing to a rep ("we", "our" and "not" do, so they stay). */
const FILLER = new Set('the a an and or but so to of in on for at by with from is are was were be been it its this that these those you your i me my they them their he she his her do does did have has had can could would will should just really like um uh yeah ok okay right what how why when where who which there here about into than then also very more some any all no if as up out get got one two'.split(' '));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probabilities for one rep turn given the customer's previous line. */
export function modelOpinion(text: string, prev: string): ModelOpinion {
  const z = BIAS.slice(0, 7);
  // The same features as modelFeatures() (the training side), each counted once: a feature's weights
  // are one array, so the arrays already added identify the features already counted.
  const counted = new Set<Weights>();
  const hits: number[] = [];
  const toks = modelTokens(text.slice(0, 4000));
  let last = '^';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    const uni = UNIGRAMS.get(t);
    if (uni && !counted.has(uni)) {
      counted.add(uni);
      addTo(z, uni);
      hits.push(2 * i);
    }
    const bi = BIGRAMS.get(last)?.get(t);
    if (bi && !counted.has(bi)) {
      counted.add(bi);
      addTo(z, bi);
      hits.push(2 * i + 1);
    }
    last = t;
  }
  for (const f of prevFeatures(toks, prev)) {
    const w = OTHER.get(f);
    if (w) addTo(z, w);
  }
  if (text.includes('?')) {
    const w = OTHER.get('qmark');
    if (w) addTo(z, w);
  }
  const [p0 = 0, p1 = 0, p2 = 0, s0 = 0, s1 = 0, s2 = 0, s3 = 0] = z;
  const m = Math.max(s0, s1, s2, s3);
  const e = [Math.exp(s0 - m), Math.exp(s1 - m), Math.exp(s2 - m), Math.exp(s3 - m)];
  const sum = e[0]! + e[1]! + e[2]! + e[3]!;
  return { pitch: sigmoid(p0), pressure: sigmoid(p1), valueLink: sigmoid(p2), spin: e.map((v) => v / sum), tokens: toks, hits };
}

function addTo(z: number[], w: Weights): void {
  for (let k = 0; k < 7; k++) z[k] = (z[k] as number) + (w[k] ?? 0);
}

/** Up to three words or word pairs that pushed a head (0 pitch, 1 pressure, 2 value link) up most. */
export function modelCues(o: ModelOpinion, head: 0 | 1 | 2): string[] {
  const cues: [string, number][] = [];
  for (const h of o.hits) {
    const i = h >> 1;
    const word = o.tokens[i] as string;
    if (h % 2 === 0) {
      // Function words read oddly as a reason.
      if (!FILLER.has(word)) cues.push([word, UNIGRAMS.get(word)?.[head] ?? 0]);
    } else if (i > 0) {
      // Start-of-turn bigrams read oddly as a reason too.
      const before = o.tokens[i - 1] as string;
      cues.push([`${before} ${word}`, BIGRAMS.get(before)?.get(word)?.[head] ?? 0]);
    }
  }
  return cues
    .filter(([, w]) => w > 0.15)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f]) => f);
}

/** The SPIN class the model is most sure of, with its probability. */
export function modelSpin(o: ModelOpinion): { spin: Exclude<SpinType, 'none'>; p: number } {
  let best = 0;
  for (let k = 1; k < SPIN.length; k++) if ((o.spin[k] ?? 0) > (o.spin[best] ?? 0)) best = k;
  return { spin: SPIN[best] ?? 'situation', p: o.spin[best] ?? 0 };
}

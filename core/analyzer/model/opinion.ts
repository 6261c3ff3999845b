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
  /** The features the turn has that carry weights, for the reason shown to the rep (see `modelCues`). */
  matched: [string, readonly number[]][];
}

/** Function words: they tip the model but explain nothing to a rep ("we", "our" and "not" do, so they stay). */
const FILLER = new Set('the a an and or but so to of in on for at by with from is are was were be been it its this that these those you your i me my they them their he she his her do does did have has had can could would will should just really like um uh yeah ok okay right what how why when where who which there here about into than then also very more some any all no if as up out get got one two'.split(' '));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probabilities for one rep turn given the customer's previous line. */
export function modelOpinion(text: string, prev: string): ModelOpinion {
  let [p0, p1, p2, s0, s1, s2, s3] = BIAS as [number, number, number, number, number, number, number];
  const matched: [string, readonly number[]][] = [];
  const add = (f: string, w: Weights) => {
    p0 += w[0] ?? 0;
    p1 += w[1] ?? 0;
    p2 += w[2] ?? 0;
    s0 += w[3] ?? 0;
    s1 += w[4] ?? 0;
    s2 += w[5] ?? 0;
    s3 += w[6] ?? 0;
    matched.push([f, w]);
  };
  // The same features as modelFeatures() (the training side), each counted once.
  const toks = modelTokens(text.slice(0, 4000));
  const seen = new Set<string>();
  let last = '^';
  for (const t of toks) {
    const uni = UNIGRAMS.get(t);
    if (uni && !seen.has(t)) add(`w:${t}`, uni);
    seen.add(t);
    const bi = BIGRAMS.get(last)?.get(t);
    if (bi) {
      const f = `b:${last}_${t}`;
      if (!seen.has(f)) add(f, bi);
      seen.add(f);
    }
    last = t;
  }
  for (const f of [...prevFeatures(toks, prev), ...(text.includes('?') ? ['qmark'] : [])]) {
    const w = OTHER.get(f);
    if (w) add(f, w);
  }
  const m = Math.max(s0, s1, s2, s3);
  const e = [Math.exp(s0 - m), Math.exp(s1 - m), Math.exp(s2 - m), Math.exp(s3 - m)];
  const sum = e[0]! + e[1]! + e[2]! + e[3]!;
  return { pitch: sigmoid(p0), pressure: sigmoid(p1), valueLink: sigmoid(p2), spin: e.map((v) => v / sum), matched };
}

/** Up to three words or word pairs that pushed a head (0 pitch, 1 pressure, 2 value link) up most. */
export function modelCues(o: ModelOpinion, head: 0 | 1 | 2): string[] {
  return o.matched
    // Start-of-turn bigrams and function words read oddly as a reason.
    .filter(([f, w]) => (w[head] ?? 0) > 0.15 && ((f.startsWith('w:') && !FILLER.has(f.slice(2))) || (f.startsWith('b:') && !f.startsWith('b:^'))))
    .sort((a, b) => (b[1][head] ?? 0) - (a[1][head] ?? 0))
    .slice(0, 3)
    .map(([f]) => f.slice(2).replace('_', ' '));
}

/** The SPIN class the model is most sure of, with its probability. */
export function modelSpin(o: ModelOpinion): { spin: Exclude<SpinType, 'none'>; p: number } {
  let best = 0;
  for (let k = 1; k < SPIN.length; k++) if ((o.spin[k] ?? 0) > (o.spin[best] ?? 0)) best = k;
  return { spin: SPIN[best] ?? 'situation', p: o.spin[best] ?? 0 };
}

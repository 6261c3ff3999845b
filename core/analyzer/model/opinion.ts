/**
 * The learned second opinion: small logistic-regression heads over word features (see ./README.md),
 * consulted after the rules. It can add a pitch, pressure or value link the rules missed and settle a
 * SPIN type the rules only defaulted; it never removes what a rule found. Pure and deterministic.
 */
import type { SpinType } from '../types';
import { modelFeatures } from './features';
import { BIAS, WEIGHTS } from './weights';

const SPIN: Exclude<SpinType, 'none'>[] = ['situation', 'problem', 'implication', 'need_payoff'];

export interface ModelOpinion {
  pitch: number;
  pressure: number;
  valueLink: number;
  /** SPIN class probabilities, in SPIN order. */
  spin: number[];
  /** The words that pushed each binary head up most, for the reason shown to the rep. */
  cues: { pitch: string[]; pressure: string[]; valueLink: string[] };
}

/** Function words: they tip the model but explain nothing to a rep ("we", "our" and "not" do, so they stay). */
const FILLER = new Set('the a an and or but so to of in on for at by with from is are was were be been it its this that these those you your i me my they them their he she his her do does did have has had can could would will should just really like um uh yeah ok okay right what how why when where who which there here about into than then also very more some any all no if as up out get got one two'.split(' '));

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The model's probabilities for one rep turn given the customer's previous line. */
export function modelOpinion(text: string, prev: string): ModelOpinion {
  const z = BIAS.slice();
  const top: [string, number][][] = [[], [], []];
  for (const f of modelFeatures(text, prev)) {
    const w = WEIGHTS[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (w[k] ?? 0);
    // Words and bigrams that push a head up are the reason shown; start-of-turn bigrams read oddly.
    const readable = (f.startsWith('w:') && !FILLER.has(f.slice(2))) || (f.startsWith('b:') && !f.startsWith('b:^'));
    for (let k = 0; k < 3; k++) if (readable && (w[k] ?? 0) > 0.15) top[k]?.push([f, w[k] ?? 0]);
  }
  const spinZ = z.slice(3, 7);
  const m = Math.max(...spinZ);
  const e = spinZ.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  const words = (k: number) => (top[k] ?? []).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f.slice(2).replace('_', ' '));
  return {
    pitch: sigmoid(z[0] ?? 0),
    pressure: sigmoid(z[1] ?? 0),
    valueLink: sigmoid(z[2] ?? 0),
    spin: e.map((v) => v / sum),
    cues: { pitch: words(0), pressure: words(1), valueLink: words(2) },
  };
}

/** The SPIN class the model is most sure of, with its probability. */
export function modelSpin(o: ModelOpinion): { spin: Exclude<SpinType, 'none'>; p: number } {
  let best = 0;
  for (let k = 1; k < SPIN.length; k++) if ((o.spin[k] ?? 0) > (o.spin[best] ?? 0)) best = k;
  return { spin: SPIN[best] ?? 'situation', p: o.spin[best] ?? 0 };
}

/**
 * Trains the analyzer's learned second opinion (core/analyzer/model/README.md).
 *
 *   npx tsx scripts/train-analyzer-model.ts --export   write core/analyzer/model/weights.ts (text-only heads,
 *                                                     trained on every file in FILES)
 *   npx tsx scripts/train-analyzer-model.ts [--text-only] [--all] [--fresh2]
 *                                                     the leave-one-file-out experiment (see the README for
 *                                                     why its verdict was biased towards the rules)
 *
 * Per head (SPIN on true questions, pitch, pressure, value_link, reflect, and for the export the question head: none /
 * open / closed): logistic regression (full-batch gradient
 * descent with AdaGrad steps and L2, fixed order, no randomness, so runs are identical) over the shared
 * text features (core/analyzer/model/features.ts) plus, in the experiment without --text-only, the
 * rules' own outputs. Hyper-parameters: --l2= (yes/no heads; --l2-pitch= --l2-pressure= --l2-vl= --l2-reflect= for
 * one head) --l2-spin= --l2-question= --iters= --min=.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeByRules as analyzeTurn } from '../core/analyzer/index';
import { modelFeatures } from '../core/analyzer/model/features';
import { encodeWeights } from '../core/analyzer/model/table';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Every labelled set in tests/fixtures/analyzer, in a fixed order (holdout, holdout2, blind, then fresh, fresh2, …
 * by number) so that two runs give the same file. A set kept out to measure the model is simply not there.
 */
const FIXTURE_DIR = resolve(repo, 'tests/fixtures/analyzer');
const freshNumber = (name: string) => (name === 'fresh' ? 1 : Number(name.slice('fresh'.length)));
const FIXTURES = [
  ...['holdout', 'holdout2', 'blind'].filter((name) => existsSync(resolve(FIXTURE_DIR, `${name}.jsonl`))),
  ...readdirSync(FIXTURE_DIR)
    .map((f) => /^(fresh\d*)\.jsonl$/.exec(f)?.[1])
    .filter((name): name is string => name !== undefined)
    .sort((a, b) => freshNumber(a) - freshNumber(b)),
];
const FILES: [string, string][] = [
  ['dev', resolve(repo, '..', 'shared', 'eval', 'dev.jsonl')],
  ...FIXTURES.map((name): [string, string] => [name, resolve(FIXTURE_DIR, `${name}.jsonl`)]),
];
/** A set kept out of FILES to score once with --fresh2 (pass its path as TEST_SET). */
const FRESH2 = process.env.TEST_SET ?? resolve(repo, 'tests/fixtures/analyzer/fresh2.jsonl');
const SPIN_CLASSES = ['situation', 'problem', 'implication', 'need_payoff'];
type BinName = 'pitch' | 'pressure' | 'value_link' | 'reflect';

// ---------- features ----------
/** The rules' decisions the model reads as features. */
interface RuleView {
  question: string;
  spin: string;
  reflect: boolean;
  pitch: boolean;
  valueLink: boolean;
  pressure: boolean;
}

/**
 * Features of one turn: the shared text features (core/analyzer/model/features.ts) plus, unless
 * `--text-only`, `r:` the rules' outputs (the first experiment's design).
 */
function featuresOf(text: string, prev: string, rules: RuleView): string[] {
  const out = [...modelFeatures(text, prev)];
  out.push(`r:q:${rules.question}`, `r:s:${rules.spin}`);
  if (rules.reflect) out.push('r:reflect');
  if (rules.pitch) out.push('r:pitch');
  if (rules.valueLink) out.push('r:vl');
  if (rules.pressure) out.push('r:pressure');
  return out;
}

interface Row {
  file: string;
  gold: { question: string; spin: string; reflect: boolean; pitch: boolean; pressure: boolean; value_link: boolean };
  rules: RuleView;
  feats: string[];
}

function load(file: string, name: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as { prev?: string; text: string; question: string; spin: string; reflect: boolean; pitch: boolean; pressure: boolean; value_link: boolean };
      const a = analyzeTurn(r.text, { prev: r.prev ?? '' });
      const rules: RuleView = { question: a.question, spin: a.spin, reflect: a.reflect, pitch: a.pitch, valueLink: a.valueLink, pressure: a.pressure };
      const feats = featuresOf(r.text, r.prev ?? '', rules);
      return { file: name, gold: r, rules, feats: NO_RULE_FEATURES ? feats.filter((f) => !f.startsWith('r:')) : feats };
    });
}

/** Diagnostic: `--text-only` drops the rules' outputs from the features (a pure text model). */
const NO_RULE_FEATURES = process.argv.includes('--text-only') || process.argv.includes('--export');

// ---------- training ----------
const opt = (name: string, dflt: number) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : dflt;
};
/**
 * L2 per head. Leave-one-set-out over the first 19 sets chose 0.001 for the yes/no heads (pitch F1 of rules + model 0.907
 * at 0.01 → 0.920) and 0.01 for SPIN; with ten times the data, 0.0005 did as well or better for the yes/no heads.
 * Five-fold cross-validation over 475 sets (2026-11-30, third session; see the model README) then chose 0.00025 for the
 * yes/no heads: better on every head than 0.0005. Weaker still (0.0001, and 0.003-0.0003 for SPIN) scored higher on the
 * folds but overruled the rules on hand-written construction sentences ("Congrats on the award your team won last
 * month" as a pitch), so they were not taken for the yes/no heads. For SPIN, 0.0003 (with the model overruling a rules
 * cue's type only at p >= 0.7) took SPIN on the folds from 0.8247 to 0.8410, and 0.8472 with "situation" allowed at
 * p >= 0.95 (fourth session of 2026-11-30; see the model README).
 */
const L2_SPIN = opt('l2-spin', 3e-4);
const L2 = opt('l2', 2.5e-4);
/**
 * Per yes/no head, when it should differ from --l2 (--l2-pitch= --l2-pressure= --l2-vl= --l2-reflect=). Reflection uses
 * 0.0001: on the five folds (fourth session of 2026-11-30) reflection F1 0.8868 -> 0.8880, the other heads unchanged; the
 * same for pitch (0.9247 -> 0.9266) heard a pitch in "Congrats on the award your team won last month" (p 0.53).
 * Pressure uses 0.0001 too: 0.8872 -> 0.8913 with its threshold at 0.5 (value link at 0.0001 fell, 0.7787 -> 0.7768).
 */
const L2_OF = { pitch: opt('l2-pitch', L2), pressure: opt('l2-pressure', 1e-4), value_link: opt('l2-vl', L2), reflect: opt('l2-reflect', 1e-4) };
/**
 * The question head (none / open / closed, every turn). On the five folds of the fifth session of 2026-11-30, with the
 * shipped gate (a question added at p >= 0.9 to a turn with no "?"), open-closed accuracy of rules + model was 0.9511 at
 * 0.001, 0.9519 at 0.0003 and 0.9528 at 0.0001 (rules alone 0.9479; see the model README).
 */
const L2_QUESTION = opt('l2-question', 1e-4);
const QUESTION_CLASSES = ['none', 'open', 'closed'];
const ITERS = opt('iters', 400);
const LR = 0.3;
/**
 * Features seen fewer times than this are left out. 4 (2 until the 360-set model) halves the weights file and its load
 * time with the same scores on four batches the model had not seen (see the model README).
 */
const MIN_COUNT = opt('min', 4);

/**
 * Feature index over features seen at least MIN_COUNT times in the training rows (rule features always), of
 * those `uses` accepts.
 */
function vocab(rows: Row[], uses: (f: string) => boolean = () => true): Map<string, number> {
  const c = new Map<string, number>();
  for (const r of rows) for (const f of r.feats) if (uses(f)) c.set(f, (c.get(f) ?? 0) + 1);
  const keys = [...c.entries()].filter(([f, n]) => n >= MIN_COUNT || f.startsWith('r:')).map(([f]) => f).sort();
  return new Map(keys.map((f, i) => [f, i]));
}

function encode(rows: Row[], v: Map<string, number>): number[][] {
  return rows.map((r) => r.feats.map((f) => v.get(f)).filter((i): i is number => i !== undefined));
}

/** Multinomial (K >= 2) logistic regression; K = 2 is trained as a single logit (binary). */
function train(X: number[][], y: number[], K: number, dim: number, l2: number): { bias: number[]; w: Float64Array[] } {
  const C = K === 2 ? 1 : K;
  const w = Array.from({ length: C }, () => new Float64Array(dim));
  const bias = new Array<number>(C).fill(0);
  const gw = Array.from({ length: C }, () => new Float64Array(dim));
  const gb = new Array<number>(C).fill(0);
  const hw = Array.from({ length: C }, () => new Float64Array(dim).fill(1e-8));
  const hb = new Array<number>(C).fill(1e-8);
  const n = X.length;
  const z = new Array<number>(C);
  for (let it = 0; it < ITERS; it++) {
    for (let k = 0; k < C; k++) {
      gw[k]!.fill(0);
      gb[k] = 0;
    }
    for (let i = 0; i < n; i++) {
      const xi = X[i]!;
      for (let k = 0; k < C; k++) {
        let s = bias[k]!;
        for (const j of xi) s += w[k]![j]!;
        z[k] = s;
      }
      const p = probs(z, K);
      for (let k = 0; k < C; k++) {
        const err = p[k]! - (K === 2 ? (y[i] === 1 ? 1 : 0) : y[i] === k ? 1 : 0);
        if (err === 0) continue;
        gb[k]! += err / n;
        for (const j of xi) gw[k]![j]! += err / n;
      }
    }
    for (let k = 0; k < C; k++) {
      for (let j = 0; j < dim; j++) {
        const g = gw[k]![j]! + l2 * w[k]![j]!;
        hw[k]![j]! += g * g;
        w[k]![j]! -= (LR * g) / Math.sqrt(hw[k]![j]!);
      }
      hb[k]! += gb[k]! * gb[k]!;
      bias[k]! -= (LR * gb[k]!) / Math.sqrt(hb[k]!);
    }
  }
  return { bias, w };
}

function probs(z: number[], K: number): number[] {
  if (K === 2) return [1 / (1 + Math.exp(-z[0]!))];
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

interface Model {
  v: Map<string, number>;
  bias: number[];
  w: Float64Array[];
  K: number;
}

function fit(rows: Row[], label: (r: Row) => number, K: number, l2: number, uses?: (f: string) => boolean): Model {
  const v = vocab(rows, uses);
  const m = train(encode(rows, v), rows.map(label), K, v.size, l2);
  return { v, ...m, K };
}

function predict(m: Model, r: Row): number[] {
  const idx = r.feats.map((f) => m.v.get(f)).filter((i): i is number => i !== undefined);
  const z = m.bias.map((b, k) => idx.reduce((s, j) => s + m.w[k]![j]!, b));
  return probs(z, m.K);
}

// ---------- heads and combinations ----------
const spinRows = (rows: Row[]) => rows.filter((r) => r.gold.question !== 'none' && SPIN_CLASSES.includes(r.gold.spin));
const binLabel = (h: BinName) => (r: Row) => (r.gold[h] ? 1 : 0);

type Strategy = 'rules' | 'model' | 'or' | 'and';
interface Combo {
  s: Strategy;
  t: number;
}
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const SPIN_THRESHOLDS = [0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

function combine(c: Combo, rule: boolean, p: number): boolean {
  switch (c.s) {
    case 'rules':
      return rule;
    case 'model':
      return p > c.t;
    case 'or':
      return rule || p > c.t;
    case 'and':
      return rule && p > c.t;
  }
}

function ruleBin(r: Row, h: BinName): boolean {
  return h === 'value_link' ? r.rules.valueLink : r.rules[h];
}

function f1(pairs: [boolean, boolean][]): number {
  let tp = 0, fp = 0, fn = 0;
  for (const [g, p] of pairs) {
    if (g && p) tp++;
    else if (p) fp++;
    else if (g) fn++;
  }
  return tp === 0 ? (fp + fn === 0 ? 1 : 0) : (2 * tp) / (2 * tp + fp + fn);
}

/** The final pitch decision a value-link rides on (value_link implies pitch). */
type PitchOf = (r: Row) => boolean;

function binMetric(rows: Row[], h: BinName, c: Combo, p: number[], pitchOf: PitchOf): number {
  return f1(rows.map((r, i) => [r.gold[h], (h !== 'value_link' || pitchOf(r)) && combine(c, ruleBin(r, h), p[i]!)]));
}

/** SPIN accuracy on true questions: the model may override the rules' SPIN type when its top class is above t. */
function spinPred(r: Row, t: number, p: number[] | undefined): string {
  if (r.rules.question === 'none') return 'none';
  if (!p) return r.rules.spin;
  let k = 0;
  for (let j = 1; j < p.length; j++) if (p[j]! > p[k]!) k = j;
  return p[k]! > t ? (SPIN_CLASSES[k] as string) : r.rules.spin;
}
function spinMetric(rows: Row[], t: number, p: (number[] | undefined)[]): number {
  let n = 0, ok = 0;
  rows.forEach((r, i) => {
    if (r.gold.question === 'none') return;
    n++;
    if (spinPred(r, t, p[i]) === r.gold.spin) ok++;
  });
  return n ? ok / n : Number.NaN;
}

/** A feature filter that leaves out the stem features of these kinds (`p:stem` and so on, see features.ts). */
const notFor = (...kinds: string[]) => (f: string) => !kinds.some((k) => f.startsWith(`${k}:`));
/**
 * Which stem features each head reads (see core/analyzer/model/README.md for the five-fold measurements): the
 * customer's stems (`p:`) helped every head but reflection, where they mostly said "they said X" whether or not the
 * rep played X back; the first sentence's stems (`f:`) and the stems the turn shares with their line (`o:`) helped
 * reflection only.
 */
const READS: Record<BinName | 'spin' | 'question', (f: string) => boolean> = {
  question: notFor('f', 'o'),
  pitch: notFor('f', 'o'),
  pressure: notFor('f', 'o'),
  value_link: notFor('f', 'o'),
  spin: notFor('f', 'o'),
  reflect: notFor('p'),
};

/** One head trained on these rows, as the export and the leave-one-set-out experiment both train it. */
function modelFor(h: BinName | 'spin' | 'question', rows: Row[]): Model {
  if (h === 'question') return fit(rows, (r) => QUESTION_CLASSES.indexOf(r.gold.question), 3, L2_QUESTION, READS.question);
  return h === 'spin'
    ? fit(spinRows(rows), (r) => SPIN_CLASSES.indexOf(r.gold.spin), 4, L2_SPIN, READS.spin)
    : fit(rows, binLabel(h), 2, L2_OF[h], READS[h]);
}

/**
 * The question head as stored: its open and closed logits minus the "none" logit (the same probabilities, since a
 * softmax ignores a shift common to every class), so it costs two weights per feature, not three.
 */
function relativeToNone(m: Model): Model {
  const [none, ...rest] = m.w as [Float64Array, ...Float64Array[]];
  return { ...m, bias: m.bias.slice(1).map((b) => b - m.bias[0]!), w: rest.map((wk) => wk.map((x, j) => x - none[j]!)) };
}
function probsFor(h: BinName | 'spin', m: Model, rows: Row[]): (number[] | number)[] {
  return rows.map((r) => (h === 'spin' ? predict(m, r) : (predict(m, r)[0] as number)));
}

/** Out-of-fold probabilities over the given files (leave one file out among them). */
function oof(h: BinName | 'spin', rows: Row[], files: string[]): (number[] | number)[] {
  const out = new Array<number[] | number>(rows.length);
  for (const f of files) {
    const m = modelFor(h, rows.filter((r) => r.file !== f));
    rows.forEach((r, i) => {
      if (r.file === f) out[i] = h === 'spin' ? predict(m, r) : (predict(m, r)[0] as number);
    });
  }
  return out;
}

/** Picks the combination (and threshold) that maximises the pooled metric on out-of-fold predictions; ties go to the rules. */
function choose(h: BinName | 'spin', rows: Row[], p: (number[] | number)[], pitchOf: PitchOf): Combo {
  if (h === 'spin') {
    let best: Combo = { s: 'rules', t: 1.01 };
    let bestV = spinMetric(rows, 1.01, p as number[][]);
    for (const t of SPIN_THRESHOLDS) {
      const v = spinMetric(rows, t, p as number[][]);
      if (v > bestV + 1e-9) [best, bestV] = [{ s: 'model', t }, v];
    }
    return best;
  }
  let best: Combo = { s: 'rules', t: 0.5 };
  let bestV = binMetric(rows, h, best, p as number[], pitchOf);
  for (const s of ['model', 'or', 'and'] as Strategy[])
    for (const t of THRESHOLDS) {
      const v = binMetric(rows, h, { s, t }, p as number[], pitchOf);
      if (v > bestV + 1e-9) [best, bestV] = [{ s, t }, v];
    }
  return best;
}

function metricOf(h: BinName | 'spin', rows: Row[], c: Combo, p: (number[] | number)[], pitchOf: PitchOf): number {
  if (h === 'spin') return spinMetric(rows, c.s === 'rules' ? 1.01 : c.t, p as number[][]);
  return binMetric(rows, h, c, p as number[], pitchOf);
}

const fmt = (x: number) => x.toFixed(3);

// ---------- export ----------
/**
 * `--export`: trains the text-only heads on every training file and writes
 * core/analyzer/model/weights.ts (features under MIN_WEIGHT in every head dropped, 3 decimals).
 */
/**
 * Features whose weight stays under this in every head are left out of the shipped file: they move a
 * probability by well under a point, and dropping them keeps the renderer bundle small.
 */
const MIN_WEIGHT = 0.01;

function exportWeights(rows: Row[]): void {
  const heads = (['pitch', 'pressure', 'value_link', 'spin', 'reflect', 'question'] as const).map((name) => ({ name, m: name === 'question' ? relativeToNone(modelFor(name, rows)) : modelFor(name, rows) }));
  const features = new Set<string>();
  for (const h of heads) for (const f of h.m.v.keys()) features.add(f);
  const table = new Map<string, number[]>();
  const round = (x: number) => Math.round(x * 1e3) / 1e3;
  for (const f of [...features].sort()) {
    const ws = heads.flatMap((h) => {
      const j = h.m.v.get(f);
      return h.m.w.map((wk) => (j === undefined ? 0 : round(wk[j]!)));
    });
    if (ws.some((x) => Math.abs(x) >= MIN_WEIGHT)) table.set(f, ws);
  }
  const bias = heads.flatMap((h) => h.m.bias.map(round));
  writeWeightsFile(bias, table, `Trained on ${rows.length} labelled turns: ${[...new Set(rows.map((r) => r.file))].join(', ')}.`);
  console.log(`wrote core/analyzer/model/weights.ts: ${table.size} features from ${rows.length} turns`);
}

/** Writes weights.ts in the compact form core/analyzer/model/table.ts decodes. */
function writeWeightsFile(bias: number[], table: Map<string, number[]>, trainedOn: string): void {
  const e = encodeWeights(bias, table);
  const body = [
    '/**',
    ' * GENERATED by `npx tsx scripts/train-analyzer-model.ts --export`; do not edit. Weights of the learned',
    ' * second opinion (see ./README.md), encoded as ./table.ts describes. Heads in order: pitch, pressure,',
    ' * value_link, spin situation, spin problem, spin implication, spin need_payoff, reflect, question open and',
    ' * question closed (each relative to not a question); BIAS likewise.',
    ` * ${table.size} features. ${trainedOn}`,
    ' */',
    `export const BIAS: readonly number[] = ${JSON.stringify(e.BIAS)};`,
    `export const OTHERS: readonly string[] = ${JSON.stringify(e.OTHERS)};`,
    `export const WORDS = ${JSON.stringify(e.WORDS)};`,
    `export const UNIGRAMS = ${JSON.stringify(e.UNIGRAMS)};`,
    `export const BIGRAMS = ${JSON.stringify(e.BIGRAMS)};`,
    `export const STEMS = ${JSON.stringify(e.STEMS)};`,
    `export const WEIGHTS = ${JSON.stringify(e.WEIGHTS)};`,
    '',
  ].join('\n');
  writeFileSync(resolve(repo, 'core/analyzer/model/weights.ts'), body);
}

// ---------- main ----------
const args = process.argv.slice(2);
const all = FILES.flatMap(([n, f]) => load(f, n));
if (args.includes('--export')) {
  exportWeights(all);
  process.exit(0);
}
const names = FILES.map(([n]) => n);
const rulesPitch: PitchOf = (r) => r.rules.pitch;
const HEADS = ['spin', 'pitch', 'pressure', 'value_link', 'reflect'] as const;

console.log('Leave-one-file-out CV (train on four files, test on the fifth; combination chosen by inner LOFO inside the four)');
console.log(`${'head'.padEnd(11)} ${'test file'.padEnd(9)} ${'rules'.padStart(6)} ${'r+model'.padStart(8)} ${'model@.5'.padStart(8)}  combination`);
const ships: Record<string, boolean> = {};
for (const h of HEADS) {
  const rs: number[] = [], cs: number[] = [], ms: number[] = [];
  for (const test of names) {
    const trainRows = all.filter((r) => r.file !== test);
    const testRows = all.filter((r) => r.file === test);
    const inner = oof(h, trainRows, names.filter((n) => n !== test));
    const combo = choose(h, trainRows, inner, rulesPitch);
    const m = modelFor(h, trainRows);
    const p = probsFor(h, m, testRows);
    const rv = metricOf(h, testRows, { s: 'rules', t: 0.5 }, p, rulesPitch);
    const cv = metricOf(h, testRows, combo, p, rulesPitch);
    const mv = metricOf(h, testRows, { s: 'model', t: h === 'spin' ? 0 : 0.5 }, p, rulesPitch);
    rs.push(rv);
    cs.push(cv);
    ms.push(mv);
    console.log(`${h.padEnd(11)} ${test.padEnd(9)} ${fmt(rv).padStart(6)} ${fmt(cv).padStart(8)} ${fmt(mv).padStart(8)}  ${combo.s}${combo.s === 'rules' ? '' : ` t=${combo.t}`}`);
  }
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
  ships[h] = mean(cs) > mean(rs) + 0.005;
  console.log(`${h.padEnd(11)} ${'MEAN'.padEnd(9)} ${fmt(mean(rs)).padStart(6)} ${fmt(mean(cs)).padStart(8)} ${fmt(mean(ms)).padStart(8)}  ${ships[h] ? 'SHIPS' : 'does not ship'}`);
}

// Final models on all five files; the combination chosen by LOFO over the five.
const final: Record<string, { combo: Combo; m: Model }> = {};
for (const h of HEADS) {
  if (!ships[h] && !args.includes('--all')) continue;
  const combo = choose(h, all, oof(h, all, names), rulesPitch);
  final[h] = { combo, m: modelFor(h, all) };
  console.log(`final ${h}: ${combo.s}${combo.s === 'rules' ? '' : ` t=${combo.t}`}${ships[h] ? '' : ' (not shipped)'}`);
}

if (args.includes('--fresh2')) {
  const f2 = load(FRESH2, 'fresh2');
  console.log('fresh2 (never trained on), scored once:');
  for (const h of HEADS) {
    const fin = final[h];
    const p = fin ? probsFor(h, fin.m, f2) : f2.map(() => (h === 'spin' ? undefined : 0));
    const rv = metricOf(h, f2, { s: 'rules', t: 0.5 }, p as (number[] | number)[], rulesPitch);
    const cv = fin ? metricOf(h, f2, fin.combo, p as (number[] | number)[], rulesPitch) : rv;
    const mv = fin ? metricOf(h, f2, { s: 'model', t: h === 'spin' ? 0 : 0.5 }, p as (number[] | number)[], rulesPitch) : Number.NaN;
    console.log(`  ${h.padEnd(11)} rules ${fmt(rv)}  rules+model ${fmt(cv)}  model@.5 ${fmt(mv)}${fin ? ` (${fin.combo.s}${fin.combo.s === 'rules' ? '' : ` t=${fin.combo.t}`}${ships[h] ? '' : ', NOT shipped'})` : ''}`);
  }
}

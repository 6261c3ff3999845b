/**
 * The shipped weights (./weights.ts, generated) in a compact form, and their decoding. A JSON object of
 * 20,000 named features cost 1.2 MB in the renderer bundle and about 100 ms to parse and index at start-up;
 * the same numbers as a word list plus base64 arrays are under half the size and decode in a few ms.
 *
 * Layout (all arrays little-endian, base64):
 * - `WORDS`: the vocabulary, space-separated; word 0 is '^', the start of a turn.
 * - `UNIGRAMS`: uint16 word numbers, one per `w:` feature; these are features 0…U-1.
 * - `BIGRAMS`: uint16 pairs of word numbers, one pair per `b:` feature; features U…U+B-1.
 * - `STEMS`: for each kind of stem feature in `STEM_KINDS` order (`p:` a stem of the customer's previous line, `l:` of the
 *   turn's last sentence, `f:` of its first sentence when it has more than one, `o:` a stem the turn shares with the
 *   customer's line), uint16 word numbers, one per feature; these follow the bigrams, kind after kind.
 * - `OTHERS`: the few named features (`ov:…`, `prev:…`, and the turn's shape: `qmark`, `nomark`, `len:…`), after those.
 * - `WEIGHTS`: int16 weights times 1,000 (the trainer rounds to 3 decimals, so this is exact), `HEADS`
 *   per feature in feature order: pitch, pressure, value_link, SPIN ×4, reflect, question open, question closed (the
 *   question head's two logits are stored relative to "not a question", whose logit is 0).
 */

/** Weights per feature. */
export const HEADS = 10;

/** The kinds of stem feature, in the order the file stores them (see the layout above and ./features.ts). */
export const STEM_KINDS = ['p', 'l', 'f', 'o'] as const;
export type StemKind = (typeof STEM_KINDS)[number];

/** The encoded weights file, as `scripts/train-analyzer-model.ts --export` writes it. */
export interface EncodedWeights {
  BIAS: readonly number[];
  WORDS: string;
  UNIGRAMS: string;
  BIGRAMS: string;
  STEMS: Readonly<Record<StemKind, string>>;
  OTHERS: readonly string[];
  WEIGHTS: string;
}

/** Decoded: the vocabulary, each feature's words (or name), and one flat array of weights. */
export interface WeightTable {
  words: string[];
  /** Word number of each `w:` feature (feature i for i < unigrams.length). */
  unigrams: Uint16Array;
  /** Word-number pairs of the `b:` features, flattened (feature unigrams.length + i is pair i). */
  bigrams: Uint16Array;
  /** Word numbers of each kind's stem features, stored kind after kind from feature unigrams.length + bigrams.length / 2. */
  stems: Record<StemKind, Uint16Array>;
  others: readonly string[];
  weights: Float64Array;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 to bytes (core runs without Node's Buffer or the DOM's atob). */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const d = DIGIT[clean.charCodeAt(i)] ?? -1;
    if (d < 0) throw new Error(`analyzer model: not base64 at character ${i}`);
    acc = (acc << 6) | d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes to standard base64 (the trainer's side). */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

function uint16s(text: string): Uint16Array {
  const b = fromBase64(text);
  const out = new Uint16Array(b.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (b[2 * i] as number) | ((b[2 * i + 1] as number) << 8);
  return out;
}

/** Decodes the shipped file; throws if its parts disagree in length (a broken export). */
export function decodeWeights(e: EncodedWeights): WeightTable {
  const words = e.WORDS.split(' ');
  const unigrams = uint16s(e.UNIGRAMS);
  const bigrams = uint16s(e.BIGRAMS);
  const stems = Object.fromEntries(STEM_KINDS.map((k) => [k, uint16s(e.STEMS[k])])) as Record<StemKind, Uint16Array>;
  const raw = uint16s(e.WEIGHTS);
  const count = unigrams.length + bigrams.length / 2 + STEM_KINDS.reduce((n, k) => n + stems[k].length, 0) + e.OTHERS.length;
  if (raw.length !== count * HEADS) throw new Error(`analyzer model: ${raw.length} weights for ${count} features`);
  const weights = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) weights[i] = ((raw[i] as number) << 16 >> 16) / 1000;
  return { words, unigrams, bigrams, stems, others: e.OTHERS, weights };
}

/** Encodes features named as in features.ts (`w:stem`, `b:first_second`, the stem kinds' `p:stem` and so on, others) with their weights. */
export function encodeWeights(bias: readonly number[], table: ReadonlyMap<string, readonly number[]>): EncodedWeights {
  const names = [...table.keys()];
  const uni = names.filter((f) => f.startsWith('w:')).sort();
  const bi = names.filter((f) => f.startsWith('b:')).sort();
  const kindOf = (f: string) => STEM_KINDS.find((k) => f.startsWith(`${k}:`));
  const stemNames = STEM_KINDS.map((k) => names.filter((f) => f.startsWith(`${k}:`)).sort());
  const others = names.filter((f) => !f.startsWith('w:') && !f.startsWith('b:') && kindOf(f) === undefined).sort();
  const words = ['^'];
  const id = new Map([['^', 0]]);
  const idOf = (w: string) => {
    let n = id.get(w);
    if (n === undefined) {
      if (w.includes(' ') || w === '') throw new Error(`analyzer model: word '${w}' cannot be stored`);
      id.set(w, (n = words.length));
      words.push(w);
    }
    return n;
  };
  const pair = (f: string) => {
    const k = f.indexOf('_', 2);
    return [idOf(f.slice(2, k)), idOf(f.slice(k + 1))];
  };
  const unigrams = uni.map((f) => idOf(f.slice(2)));
  const bigrams = bi.flatMap(pair);
  const stems = stemNames.map((fs) => fs.map((f) => idOf(f.slice(2))));
  if (words.length > 0xffff) throw new Error(`analyzer model: ${words.length} words do not fit 16 bits`);
  const weights = [...uni, ...bi, ...stemNames.flat(), ...others].flatMap((f) => {
    const ws = table.get(f) ?? [];
    return Array.from({ length: HEADS }, (_, k) => {
      const n = Math.round((ws[k] ?? 0) * 1000);
      if (n < -32768 || n > 32767) throw new Error(`analyzer model: weight ${ws[k]} of ${f} does not fit 16 bits`);
      return n & 0xffff;
    });
  });
  const bytes = (xs: number[]) => {
    const b = new Uint8Array(xs.length * 2);
    xs.forEach((x, i) => {
      b[2 * i] = x & 0xff;
      b[2 * i + 1] = x >> 8;
    });
    return toBase64(b);
  };
  return { BIAS: bias, WORDS: words.join(' '), UNIGRAMS: bytes(unigrams), BIGRAMS: bytes(bigrams), STEMS: Object.fromEntries(STEM_KINDS.map((k, i) => [k, bytes(stems[i] ?? [])])) as Record<StemKind, string>, OTHERS: others, WEIGHTS: bytes(weights) };
}

/** The features by name with their weights (tests compare this with the training side's features). */
export function namedWeights(t: WeightTable): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const row = (i: number) => Array.from(t.weights.subarray(i * HEADS, (i + 1) * HEADS));
  let i = 0;
  for (const w of t.unigrams) out.set(`w:${t.words[w]}`, row(i++));
  for (let k = 0; k < t.bigrams.length; k += 2) out.set(`b:${t.words[t.bigrams[k] as number]}_${t.words[t.bigrams[k + 1] as number]}`, row(i++));
  for (const k of STEM_KINDS) for (const w of t.stems[k]) out.set(`${k}:${t.words[w]}`, row(i++));
  for (const f of t.others) out.set(f, row(i++));
  return out;
}

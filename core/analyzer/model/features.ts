/**
 * Features of the learned second opinion (see ./README.md): word stems and bigrams of the rep's turn,
 * how many content stems it shares with the customer's previous line, whether that line asked
 * something, and whether the turn has a "?". The training script and the analyzer both use this
 * function, so the model always sees the features it was trained on.
 */

const STOP = new Set(
  'the a an and or but so to of in on for at by with from is are was were be been it its this that these those you your we our i me my they them their he she his her do does did have has had can could would will should just really like um uh yeah ok okay right what how why when where who which there here about into than then also very more some any all not no'.split(' '),
);

/** Crude stem: lowercase word minus a common suffix. */
function crudeStem(w: string): string {
  // The longest of 'ing', ''s', 'ed', 'es', 'ly', 's' the word ends with (string checks: this runs per word).
  if (w.length <= 4) return w;
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith("'s") || w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * The only characters whose lower case holds an ASCII letter ('İ' → 'i̇', the Kelvin sign → 'k'; checked
 * over every code point): text with one goes through the regex, all other text through the scanner.
 */
const NOT_PLAIN = /[\u0130\u212a]/;

/**
 * Lower-cased word stems of a text, in order: runs of [a-z0-9], with one inner apostrophe and letters
 * after it ("don't", "team's"). Text is scanned a character at a time (this runs for every turn and
 * every customer line), except the rare text NOT_PLAIN names, which goes through the equivalent regex.
 */
export function modelTokens(text: string): string[] {
  return scanWords(text, true);
}

/** The words of a text as the rep wrote them (lower-cased, not stemmed), one per stem of `modelTokens`, in the same order. */
export function modelWords(text: string): string[] {
  return scanWords(text, false);
}

function scanWords(text: string, stem: boolean): string[] {
  const as = stem ? crudeStem : (w: string) => w;
  if (NOT_PLAIN.test(text)) return (text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map(as);
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    let word = text.slice(start, i);
    const q = text.charCodeAt(i);
    if ((q === 39 || q === 0x2018 || q === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      word += `'${text.slice(i + 1, j)}`;
      i = j;
    }
    out.push(as(word.toLowerCase()));
  }
  return out;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The stems of the customer's previous line (its first 4,000 characters, as for the turn). */
export function prevTokensOf(prev: string): string[] {
  return prev ? modelTokens(prev.slice(0, 4000)) : [];
}

/**
 * The content stems (longer than three letters, not function words) of the turn that the customer's previous line
 * (`prevToks`: its stems) used too, each once, in the turn's order.
 */
export function sharedStems(toks: readonly string[], prevToks: readonly string[]): string[] {
  if (prevToks.length === 0) return [];
  const theirs = new Set<string>();
  for (const t of prevToks) if (t.length > 3 && !STOP.has(t)) theirs.add(t);
  const out: string[] = [];
  for (const t of toks) if (theirs.has(t) && !out.includes(t)) out.push(t);
  return out;
}

/**
 * The features that describe the customer's previous line (`prevToks`: its stems; `shared`: the turn's stems it used
 * too): `prev:empty`, or `ov:` how many stems they share and `prev:asks`.
 */
export function prevFeatures(toks: readonly string[], prev: string, prevToks: readonly string[] = prevTokensOf(prev), shared: readonly string[] = sharedStems(toks, prevToks)): string[] {
  if (prevToks.length === 0) return ['prev:empty'];
  const n = shared.length;
  const out = [n === 0 ? 'ov:0' : n === 1 ? 'ov:1' : n <= 3 ? 'ov:2-3' : 'ov:4+'];
  if (/\?\s*$/.test(prev)) out.push('prev:asks');
  return out;
}

/**
 * The stems of the turn's last sentence (after the last '.', '?' or '!' with words after it): where the turn ends
 * up, usually the question that decides its SPIN type, or the pitch it builds to.
 */
export function lastSentenceTokens(text: string): string[] {
  const t = text.slice(0, 4000).replace(/[\s.?!]+$/, '');
  const i = Math.max(t.lastIndexOf('.'), t.lastIndexOf('?'), t.lastIndexOf('!'));
  return modelTokens(i < 0 ? t : t.slice(i + 1));
}

/**
 * The stems of the turn's first sentence, when it has more than one (up to the first '.', '?' or '!' with words after
 * it): where a reflection or an acknowledgement usually sits, before the question or the pitch.
 */
export function firstSentenceTokens(text: string): string[] {
  const t = text.slice(0, 4000);
  const m = /[.?!](?=\s*\S)/.exec(t);
  return m ? modelTokens(t.slice(0, m.index)) : [];
}

/**
 * `w:` stems, `b:` bigrams (`^` marks the start), `p:` stems of the customer's previous line (what they just said
 * shapes what the rep's words do: "our" answering "why did payroll fail?" explains, answering "what does it cost?"
 * sells), `l:` and `f:` stems of the turn's last and first sentence, `o:` the stems it shares with the customer's line, `ov:` overlap with the previous line, `prev:` flags, and the turn's shape (`shapeFeatures`).
 */
export function modelFeatures(text: string, prev: string): Set<string> {
  const toks = modelTokens(text.slice(0, 4000));
  const out = new Set<string>();
  let last = '^';
  for (const t of toks) {
    out.add(`w:${t}`);
    out.add(`b:${last}_${t}`);
    last = t;
  }
  if (toks.length > 0) out.add(`b:${last}_$`);
  const prevToks = prevTokensOf(prev);
  const shared = sharedStems(toks, prevToks);
  for (const f of prevFeatures(toks, prev, prevToks, shared)) out.add(f);
  for (const t of prevToks) out.add(`p:${t}`);
  for (const t of lastSentenceTokens(text)) out.add(`l:${t}`);
  for (const t of firstSentenceTokens(text)) out.add(`f:${t}`);
  for (const t of shared) out.add(`o:${t}`);
  for (const f of shapeFeatures(text, toks.length)) out.add(f);
  return out;
}

/**
 * The turn's shape: `qmark` when it has a "?", `nomark` when it has no sentence mark at all (a verbatim transcript, or
 * typed in a rush: there a question has no "?" to show it), and `len:` its length in words, in five bands (a pitch
 * runs long, an acknowledgement short).
 */
export function shapeFeatures(text: string, words: number): string[] {
  const out = [words <= 5 ? 'len:1-5' : words <= 12 ? 'len:6-12' : words <= 25 ? 'len:13-25' : words <= 45 ? 'len:26-45' : 'len:46+'];
  if (text.includes('?')) out.push('qmark');
  else if (!/[.!\u2026]/.test(text)) out.push('nomark');
  return out;
}

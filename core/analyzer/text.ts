/**
 * Text plumbing for the analyzer: normalisation, sentence and clause segmentation, word tokens and a
 * light stemmer. Hand-rolled on purpose (see the header of ./index.ts for the measurement behind it).
 */

/** One clause of a rep turn, with the punctuation that ended its sentence. */
export interface Clause {
  /** Lower-cased, normalised clause text without its final punctuation. */
  text: string;
  /** The clause as the rep wrote it (trimmed), for quoting in reasons. */
  raw: string;
  /** '?' when the sentence this clause ends carries a question mark; '' for clauses inside a sentence. */
  end: '?' | '.' | '!' | '';
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** Whether the clause opens its sentence. */
  first?: boolean;
  /** Whether the clause is the turn's last. */
  last?: boolean;
  /** The mark that ends the clause's sentence ('' when none does). */
  sentenceEnd?: Clause['end'];
}

/** Longest input we look at; a turn is 1-3 sentences, so this only bounds pathological input. */
export const MAX_CHARS = 4000;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'inc', 'co', 'ltd', 'jr', 'sr', 'prof', 'approx', 'e.g', 'i.e', 'no']);

const NEEDS_MAPPING = /[\u2018\u2019\u02bc`´\u201c\u201d\u2026\u2013\u2014\u0000-\u001f\u007f]/;

/**
 * Lower-cases and maps typographic variants onto ASCII so every later pattern can stay simple.
 * Control characters become spaces so they can't glue words together.
 */
export function normalise(text: string): string {
  // A turn's rules normalise the customer's line several times: the last answer is kept.
  if (text === lastText) return lastNorm;
  lastNorm = lowerAndMap(text);
  lastText = text;
  return lastNorm;
}
let lastText: string | undefined;
let lastNorm = '';

function lowerAndMap(text: string): string {
  const t = text.slice(0, MAX_CHARS);
  // Most turns have none of these characters: one scan instead of five replacements.
  if (!NEEDS_MAPPING.test(t)) return t.toLowerCase();
  return t
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/[\u2013\u2014]/g, ' — ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .toLowerCase();
}

/** A rep's turn normalised, with typed-chat forms written out (see CHAT_WORDS): the customer's lines need only `normalise`. */
export function normaliseTurn(text: string): string {
  const lower = normalise(text);
  const written = MAY_HOLD_CHAT_FORM.test(lower) ? lower.replace(CHAT_FORMS, (w) => CHAT_WORDS[w] ?? w) : lower;
  return mayStutter(written) ? written.replace(STUTTER, '$1') : written;
}

/**
 * A stutter in a verbatim transcript: a word or a phrase of up to three said again straight away, perhaps with an "um"
 * between ("what what happened", "is um is there", "what would that um what would that change"). The rules read it once.
 */
const STUTTER = /(?<![\w'-])([a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?){0,2})(?:(?:,? (?:um+|uh+|er+m*),?)? \1)+(?![\w'-])/g;
/** The same in the original's casing ("Is is Dana…" reads "Is Dana…"). */
const STUTTER_ANY_CASE = new RegExp(STUTTER.source, 'gi');
/**
 * A quicker test than STUTTER: a word said twice in a row, or an "um" at all (a phrase said twice has one between more
 * often than not). A scan over the letters instead of a regex with a back-reference (which cost 2 µs a turn).
 */
function mayStutter(text: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterOrApostrophe(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterOrApostrophe(text.charCodeAt(i))) i++;
    if (isFiller(text, start, i)) return true;
    if (prevEnd - prevStart === i - start && text.startsWith(text.slice(prevStart, prevEnd), start)) return true;
    prevStart = start;
    prevEnd = i;
  }
  return false;
}

function isLetterOrApostrophe(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 39;
}

/** "um", "uh", "er", "erm" and their drawn-out spellings ("umm", "uhh", "errm"). */
function isFiller(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (end - start < 2 || (first !== 117 && first !== 101)) return false; // 'u', 'e'
  let k = start;
  while (k < end && text.charCodeAt(k) === first) k++;
  if (first === 117) {
    const c = text.charCodeAt(k);
    if (c !== 109 && c !== 104) return false; // 'm', 'h'
    while (k < end && text.charCodeAt(k) === c) k++;
    return k === end;
  }
  if (text.charCodeAt(k) !== 114) return false; // 'r'
  while (k < end && text.charCodeAt(k) === 114) k++;
  while (k < end && text.charCodeAt(k) === 109) k++;
  return k === end;
}

/**
 * Typed-chat spellings and contractions without their apostrophe, written out as every rule expects them ("r u losing
 * deals" → "are you losing deals", "dont" → "don't"). Only forms that cannot be another word: not "its", "ill", "id",
 * "were", "lets" or "well". Nor "thats": coders called "thats rough" a reflection 37 times in 70, "that's rough" 202 in 256.
 */
const CHAT_WORDS: Record<string, string> = {
  u: 'you', ur: 'your', 'r u': 'are you', thru: 'through', abt: 'about', rn: 'right now', atm: 'at the moment', tho: 'though', pls: 'please', plz: 'please', cuz: 'because',
  dont: "don't", doesnt: "doesn't", didnt: "didn't", isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't",
  cant: "can't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", wont: "won't", whats: "what's", hows: "how's", wheres: "where's", whos: "who's",
  theres: "there's", heres: "here's", im: "i'm", ive: "i've", youre: "you're", youve: "you've", youll: "you'll", youd: "you'd", theyre: "they're", theyve: "they've", theyll: "they'll", weve: "we've",
};
/** A chat form as a whole word (not "u" in "u-turn" or "u.s."). */
const CHAT_FORMS = new RegExp(`(?<![\\w'-])(?:r u|${Object.keys(CHAT_WORDS).filter((w) => w !== 'r u').join('|')})(?![\\w'-]|\\.\\w)`, 'g');
/** A quicker test that holds whenever CHAT_FORMS matches ("r u" holds the word "u"): most turns stop here. */
const MAY_HOLD_CHAT_FORM = new RegExp(`\\b(?:${Object.keys(CHAT_WORDS).filter((w) => w !== 'r u').join('|')})\\b`);

/** Splits normalised text into sentences with their end mark. Ellipses are hesitation, not ends. */
export function sentences(norm: string): { text: string; end: Clause['end'] }[] {
  const out: { text: string; end: Clause['end'] }[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i];
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    let j = i;
    while (j + 1 < norm.length && /[.?!]/.test(norm[j + 1] ?? '')) j++;
    const mark = norm.slice(i, j + 1);
    const next = norm[j + 1];
    const atEnd = j + 1 >= norm.length || next === undefined;
    if (!atEnd && !/[\s"')]/.test(next)) { i = j; continue; } // 3.5, e.g., example.com
    if (mark === '...' || (mark === '.' && isAbbreviation(norm, i))) { i = j; continue; }
    const text = norm.slice(start, j + 1).trim();
    if (text) out.push({ text: text.replace(/[.?!]+$/, '').trim(), end: mark.includes('?') ? '?' : mark.includes('!') ? '!' : '.' });
    start = j + 1;
    i = j;
  }
  const rest = norm.slice(start).trim();
  if (rest) out.push({ text: rest, end: '' });
  return out;
}

function isAbbreviation(norm: string, dot: number): boolean {
  const m = /([a-z.]+)$/.exec(norm.slice(Math.max(0, dot - 6), dot));
  const word = m?.[1] ?? '';
  // "No. 5" abbreviates "number"; "Oh no. What went wrong?" ends a sentence.
  if (word === 'no') return /^\s*\d/.test(norm.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word);
}

/** Not before a relative clause about a place or an occasion: "…, where we run a few of your real jobs through it". */
const NOT_RELATIVE_WHERE = String.raw`(?!where (?:i|we|you|they|he|she) (?!(?:are|is|were|was|do|does|did|have|has|had|think|reckon)\b))`;

/**
 * A new clause starts at a dash or semicolon, or at a comma followed by something that opens a question (or that proposes a
 * time to end the sentence: "…, does next week work"), but not at one that opens a relative clause about a place or an
 * occasion ("Would a session next week help, where we run a few of your real jobs through it?").
 */
export const CLAUSE_BREAK = new RegExp(
  String.raw`(?:\.{2,}|…)\s*(?=(?:is|are|was|were|do|does|did|can|could|would|will|have|has|what|how|why|who|where|which)\s+(?:you|your|that|this|it|there|they|we|the|[a-z]+)\b)|\s+—\s+${NOT_RELATIVE_WHERE}|\s+-\s+${NOT_RELATIVE_WHERE}|;\s*|:\s+(?=(?:what|how|why|who|when|where|which|do|does|did|is|are|can|could|would|will|wouldn't)\b)|,\s*${NOT_RELATIVE_WHERE}(?=(?:(?:and|or|but|so|like),?\s+){0,2}(?:(?:what|how|why|who|whom|when|where|which)(?:'s|'re|'d)?\s+\w|(?:do|does|did|is|are|was|were|have|has|can|could|would|will|should|shall|wouldn't|isn't|aren't|don't|doesn't|didn't|won't|can't)\s+(?:you|your|we|they|it|that|this|there|the|he|she|i|a|an|any|anyone|anything|those|these|most|[a-z]+'s)\b))|,\s*(?=you guys |y'all )|,\s*(?=(?:does|would|will|could|is)\s+(?:[\w-]+\s+){1,3}(?:work|suit|any good|ok|okay|alright|good for you)\b[^,]{0,20}$)|\s+and\s+(?=(?:how|what|why|where|who)(?:(?:'s|'d)\s+\w|\s+(?:are|is|do|does|did|was|were|has|have|would|will|can)\s))`,
);

/** The same pattern, tried only where a break can start (see `splitClauses`). */
const CLAUSE_BREAK_AT = new RegExp(CLAUSE_BREAK.source, 'y');

/** What JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.split(CLAUSE_BREAK)`, but the pattern is tried only at characters a break can start with
 * (a dot, ellipsis, comma, semicolon, colon, or a space before a dash, "and" or another space) instead
 * of at every character: clause splitting was the analyzer's most expensive regex.
 */
export function splitClauses(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      const next = text.charCodeAt(i + 1);
      if (!(next === 0x2014 || next === 45 || next === 97 || isSpace(next))) continue; // '—', '-', 'a'nd
    } else if (c !== 44 && c !== 59 && c !== 58 && c !== 46 && c !== 0x2026) continue; // , ; : . …
    CLAUSE_BREAK_AT.lastIndex = i;
    const m = CLAUSE_BREAK_AT.exec(text);
    if (m === null || m[0].length === 0) continue;
    parts.push(text.slice(start, i));
    start = i + m[0].length;
    i = start - 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Question onsets that RUN_ON and WH_RUN_ON share: "which payroll are you on", "wouldn't your team love that", "how good
 * would that be", "what's collection like", "what's been going on", "what's driving it" (not "…speed's what's killing you").
 */
const WHICH_THING_ASKS = String.raw`which\s+[a-z]+\s+(?:are|do|does|did|is|would|will|can|should)\s+(?:you|your|they|we)\b`;
const NEGATIVE_AUX_ASKS = String.raw`(?:wouldn't|isn't|doesn't|don't|aren't|won't|can't)\s+(?:your|the|that|it|this|you|they)\b`;
const HOW_GOOD_ASKS = String.raw`how\s+(?:good|great|nice|easy|cool|amazing|helpful|useful)\s+would\s+(?:that|it|this)\b`;
const WHATS_IT_LIKE = String.raw`what's\s+(?!not\b)[a-z-]+(?:\s+[a-z-]+)?\s+like\b|what's\s+(?:been|going|happening)\b|(?<!(?:\b(?:is|are|was|were|exactly|literally|me|know|see)|'s)\s)what's\s+[a-z]{3,}ing\b|how's\s+(?:been|going|happening)\b`;

/** Words that lead into a question word as their object ("I don't know what…", "tell me how…"). */
const LEADS_INTO = 'know|tell|see|show|understand|wonder|ask|asking|curious|sure|idea|figure|decide|check|explain|learn|hear|through|imagine|appreciate|remember|realise|realize';

/**
 * A run-on split before one of `onsets`, after any discourse words ("so um…"), not within four words of a question
 * word ("what do you…" stays whole) nor straight after a word that leads into what follows ("tell me how…"); `moreAfter`
 * adds to that last list. A hesitation or "then" before the onset marks a fresh start even after "that" or "so" ("sorry
 * to hear that um what's been going on", "let's start there then what's going on"): there only the words that take a
 * question as their object ("I don't know um what…") hold it back.
 */
function runOnSplit(moreAfter: string, onsets: string): RegExp {
  return new RegExp(
    String.raw`(?<!\b(?:what|how|why|where|when|who|which|if|whether)\b(?:\s+[\w'-]+){0,4})(?:(?<!\b(?:that|than|as|and|or|so|then|like|um|uh|ok|okay|right|wait|sorry|but|${LEADS_INTO}|kinda|sorta|also|still|just|probably|usually|normally|typically|basically|even${moreAfter}))\s+(?=(?:(?:and|so|but|ok|okay|right|like|um|uh|wait|sorry)\s+)*(?:${onsets}))|(?<!\b(?:${LEADS_INTO}${moreAfter}))\s+(?=(?:um|uh|er|erm|sorry|then)\s+(?:(?:and|so|but|ok|okay|right|like|um|uh|wait|sorry)\s+)*(?:${onsets})))`,
  );
}

/**
 * In a turn with no sentence marks at all (typed fast, or a transcript without punctuation), where a question starts
 * after other words: "that sounds painful what does it cost you", "ok so how many sites do you run", "fair enough does
 * she handle the payroll side too", "great i'll send it would that be helpful". A modal or "does/did/has" starts one
 * only after a word that cannot be its subject ("we can do that" stays whole) and before a verb ("CertiFlow has this
 * thing…" and "the scheduler does it for you" stay whole). Later onsets too: "when/where" before a subject ("ok when does
 * the board meet"), "which of those", "which payroll are you on", "who else", "what's it like", "what knock-on effect does
 * that have", "is there a…", "want me to…", "can I just grab…", "would next Tuesday suit", "do they…" (not after a modal:
 * "the guys can do it themselves"); no split after a pre-verbal adverb ("so you kinda have your own crew"). A split
 * opens a clause as a new sentence would.
 */
const RUN_ON = runOnSplit('', String.raw`(?:what|how|why)(?:'s|'re)?\s+(?:do|does|did|is|are|was|were|would|will|can|could|should|has|have|had|happens|happened|made|makes|else|gets|goes)\b|(?:who|when|where)\s+(?:do|does|did|is|would|will|can|should)\s+(?:you|your|she|he|they)\b|(?:when|where)\s+(?:do|does|did|is|are|would|will|can|should|could)\s+(?:the|a|an|this|that|these|those|it|we)\b|(?<!\b(?:i|you|we|they|he|she|it|who|to|not|can|could|would|will|should|might|may|must|i'll|we'll|you'll|they'll|gonna|wanna|let's|that|what)\s)do\s+(?:they|we|i)\s+(?!(?:for|to|in|on|at|with|by|from|of|all|every|now|too|again|really|just|already|well|better|much|more|here|there|anyway|each|the|a|an|this|that|my|your|our|its|their)\b)[a-z]|who (?:else|besides)\b|(?:what|when|where|who|how)(?:'s|'d)\s+(?:it|that|the|your|a|an|this|he|she|they|we|you|their|his|her)\b|(?:what|which|how)\s+(?:[a-z-]+\s+){0,2}(?:do|does|did|would|should|are|is)\s+(?:you|your|they|we|it|that|the)\b|(?:where|who|what|how) else (?:do|does|did|would|should|is|are|can|could|needs?)\b|(?:is|are) there (?:a|an|any|anything|anyone|other|more)\b|(?:are|were) they\b|(?:is|was) (?:she|he)\b|${NEGATIVE_AUX_ASKS}|${HOW_GOOD_ASKS}|${WHATS_IT_LIKE}|(?<!\b(?:i|you|we|they|he|she|it|who|to|not|don't|doesn't|didn't|won't|wouldn't|would|might|may|will|really)\s)want me to\b|which (?:of (?:those|these|them|the)|one|ones)\b|${WHICH_THING_ASKS}|(?<!\b(?:i|you|we|they|he|she|it|who|to|not)\s)(?:can|could|shall|should|may)\s+(?:i|we)\s+(?:just\s+|quickly\s+|at least\s+|also\s+)?(?:get|set|book|send|ask|grab|put|schedule|show|hold|lock|pencil|have|go|do|take|bring|start|move|talk|jump|loop|add)\b|(?<!\b(?:i|you|we|they|he|she|it|who|to|not)\s)would\s+(?:the\s+)?(?:next|monday|tuesday|wednesday|thursday|friday|either|any|week|morning|afternoon)\b|(?:is|does|will)\s+(?:next \w+|monday|tuesday|wednesday|thursday|friday|tomorrow|morning|afternoon)\s+(?:or|better|work|suit|good|any good|ok|okay|still|free)\b|how (?:many|much|long|often|soon)\b|(?:do|does|did|are|have|can|could|would|will|were)\s+(?:you|your)\b(?!\s+(?:know|mean|think|reckon|guess|see)\b)|(?<!\b(?:i|you|we|they|he|she|it|who|to|not|also|still|just|never|only)\s)(?:does|did|can|could|would|should|shall|has)\s+(?:she|he|they|it|that|this|i|we|anyone|anybody|anything|everyone|everybody|someone|somebody)\s+(?!(?:for|to|in|on|at|with|by|from|of|thing|things|stuff|one|last|all|every|now|too|again|really|just|already|well|better|much|more|first|right|here|there|anyway|each|automatically|the|a|an|this|that|my|your|our|its|their|his|her)\b)[a-z]`);

/**
 * An either-or question that follows another in a run-on ("how does that play out is this a one-off or does it come up a
 * lot", "what's the biggest headache is it the bills or the plant"): RUN_ON leaves the words after a question word
 * alone, but "is it … or …" asks afresh. So it does in a punctuated turn's last sentence left without its mark ("oh ok
 * six sites. and how do customers book in is it phone or online").
 */
const EITHER_OR_FOLLOW_UP = /(?<=\b[\w'-]+\s+[\w'-]+)\s+(?=(?:is it|is this|is that|are they|are you|does it|did it|did they|do they|do you)\s+(?:[\w'-]+\s+){0,6}?or\b)/;

/**
 * The question-word onsets of RUN_ON alone, for a last sentence left without its mark in a punctuated turn; nor after "is",
 * "matter" or "exactly" ("the question is how…", "no matter what…").
 */
const WH_RUN_ON = runOnSplit('|is|matter|exactly', String.raw`(?:what|how|why)(?:'s|'re)?\s+(?:do|does|did|is|are|was|were|would|will|can|could|should|has|have|had|happens|happened|else)\b|(?:what|how)'s\s+(?:it|that|the|your|this)\b|(?:what|how)'d\s+(?:you|they|he|she)\b|how (?:many|much|long|often)\s+(?:[a-z-]+\s+){0,3}(?:do|does|did|would|are|is|have|has)\s+(?:you|your|they|we)\b|(?:what|which|how)\s+(?:[a-z-]+\s+){1,2}(?:do|does|did|would|should|are|is)\s+(?:you|your|they|we)\b|${WHICH_THING_ASKS}|${NEGATIVE_AUX_ASKS}|${HOW_GOOD_ASKS}|${WHATS_IT_LIKE}`);

/** A mark that can end a sentence; a turn with none is one run-on (typed fast, or a transcript). */
export const SENTENCE_MARK = /[.?!\u2026]/;

/** Splits a turn into clauses; the sentence's end mark is attached to its last clause. */
export function clauses(norm: string, rawText: string): Clause[] {
  const out: Clause[] = [];
  const rawNorm = rawText.slice(0, MAX_CHARS).replace(/[\u2013\u2014]/g, ' — ');
  const rawLower = rawNorm.toLowerCase();
  const unmarked = !SENTENCE_MARK.test(norm);
  // The original with its stutters read once, as normaliseTurn reads them, for a clause the plain original does not hold.
  let stutterless: [string, string] | undefined;
  const collapsed = (): [string, string] => {
    if (!stutterless) {
      const once = rawNorm.replace(STUTTER_ANY_CASE, '$1');
      stutterless = [once, once.toLowerCase()];
    }
    return stutterless;
  };
  sentences(norm).forEach((s, si) => {
    // A run-on split starts what would have been a new sentence, so its first piece opens one ("lovely would next
    // thursday suit you" asks as "Would next Thursday suit you?" does).
    // A punctuated turn whose last sentence lost its mark splits only where a question word starts asking ("ha yeah the
    // runners. um so with all the paper forms how's that going for the front desk"): its modals mostly state things.
    const runOn = unmarked ? RUN_ON : s.end === '' ? WH_RUN_ON : undefined;
    const pieces = runOn
      ? splitClauses(s.text).flatMap((p) => p.split(runOn).flatMap((q) => q.split(EITHER_OR_FOLLOW_UP)).map((q, k) => ({ text: q, opens: k > 0 })))
      : splitClauses(s.text).map((q) => ({ text: q, opens: false }));
    const parts = pieces.map((p) => ({ text: p.text.trim(), opens: p.opens })).filter((p) => /[a-z0-9]/.test(p.text));
    parts.forEach((p, pi) => {
      out.push({ text: p.text, raw: quoteSource(rawNorm, rawLower, p.text) ?? quoteSource(...collapsed(), p.text) ?? p.text, end: pi === parts.length - 1 ? s.end : '', sentence: si, first: pi === 0 || p.opens, sentenceEnd: s.end });
    });
  });
  const final = out[out.length - 1];
  if (final) final.last = true;
  return out;
}

/** Finds the clause in the original casing (for quotes in reasons, and names as the rep wrote them), if the original holds it. */
function quoteSource(raw: string, rawLower: string, clause: string): string | undefined {
  const at = rawLower.indexOf(clause);
  return at >= 0 ? raw.slice(at, at + clause.length) : undefined;
}

/** Word tokens (letters, digits, inner apostrophes and hyphens), lower-cased. */
export function words(norm: string): string[] {
  // A character scanner equivalent to /[a-z0-9\u00c0-\u024f]+(?:['-][a-z0-9\u00c0-\u024f]+)*/g (it runs
  // for the turn, the customer's line and every clause, so it is kept cheap).
  const out: string[] = [];
  const n = norm.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(norm.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && isWordChar(norm.charCodeAt(i))) i++;
      const joiner = norm.charCodeAt(i);
      if ((joiner === 39 || joiner === 45) && isWordChar(norm.charCodeAt(i + 1))) i++;
      else break;
    }
    out.push(norm.slice(start, i));
  }
  return out;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * A light suffix-stripping stemmer (plural, -ing, -ed, -ly, -ies). Good enough to match "invoices" with
 * "invoice" and "chasing" with "chase" when we compare the rep's words with the customer's.
 */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const n = w.length;
  if (n <= 3) return w;
  // Plain string tests instead of regexes: this runs for every word of both speakers.
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (n > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (n > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (n > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.endsWith('es') && (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('zes'))) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // Undo doubling ("stopped" → "stopp" → "stop") and a dropped e ("chasing" → "chas" ~ "chase" → "chas").
  const last = w[w.length - 1];
  if (w.length > 1 && last === w[w.length - 2] && last !== undefined && !'aeiouls'.includes(last)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * Word matching the engine needs beyond the analyzer: the built-in SPIN vocabulary that lets
 * generic good questions work in every scenario, and a small whole-word matcher for triggers.
 */
import type { Layer } from './schema';

/** Words that ask for each layer whatever the scenario ("what are your priorities?"). */
export const GENERIC_LAYER_TERMS: Record<Layer, readonly string[]> = {
  situation: ['priority', 'priorities', 'focus', 'currently', 'today', 'right now', 'at the moment', 'day to day', 'walk me through', 'tell me about', 'how do you', 'how does', 'on your plate', 'going on', 'working on', 'set up', 'handle'],
  problem: ['challenge', 'problem', 'difficult', 'hard', 'frustrat', 'struggl', 'worry', 'worri', 'pain', 'issue', 'concern', 'keeping you up', 'not working', 'go wrong', 'bottleneck', 'slow', 'headache', 'in the way', 'blocker', 'stuck', 'stop'],
  implication: ['impact', 'cost', 'add up', 'per month', 'each month', 'a year', 'in money', 'affect', 'consequence', 'what happens', 'mean for', 'how much', 'how many', 'result', 'risk', 'lose', 'losing', 'effect', 'knock-on', 'toll', 'price of', 'downstream'],
  need_payoff: ['success', 'ideal', 'if you could', 'would it mean', 'would that mean', 'worth', 'look like if', 'magic wand', 'wish', 'valuable', 'best case', 'solved', 'fixed', 'change for you', 'difference would'],
};

/** Business words that keep a question on topic even when it names no scenario topic. */
export const BUSINESS_TERMS: readonly string[] = [
  'business', 'company', 'customer', 'client', 'team', 'staff', 'work', 'quarter', 'year', 'month', 'budget', 'revenue', 'process',
  'role', 'job', 'project', 'goal', 'target', 'plan', 'strategy', 'growth', 'market', 'number', 'decision', 'people', 'operation',
  'system', 'tool', 'vendor', 'sales', 'time', 'money', 'outcome', 'result', 'else', 'other', 'more',
];

/** Words for the rep's own product and the customer's use of it: asking how it is going is discovery. */
export const PRODUCT_TERMS: readonly string[] = [
  'product', 'platform', 'software', 'service', 'app', 'solution', 'contract', 'renewal', 'account', 'rollout', 'subscription', 'licence', 'license',
];

const SUFFIX = '(?:s|es|e|ed|d|ing|er|ers|est|ies|y|ly|ion|ions|ation|ations|al)?';
const compiled = new WeakMap<readonly string[], RegExp>();

/** Lowercases and reduces punctuation to spaces (keeps apostrophes inside words and hyphens). */
export function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9'\- ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function pattern(terms: readonly string[]): RegExp {
  let re = compiled.get(terms);
  if (!re) {
    const bodies = terms.map((t) => normalize(t).trim()).filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // One alternation per list (compiled once): a term counts as a whole word or a stem with a common ending.
    re = bodies.length ? new RegExp(`(?<![a-z0-9])(?:${bodies.join('|')})${SUFFIX}(?![a-z0-9])`) : /(?!)/;
    compiled.set(terms, re);
  }
  return re;
}

const compiledAll = new WeakMap<readonly string[], RegExp>();

/** How many times the terms occur in the (normalized) text, as words or word stems (see `mentions`). */
export function countMentions(normalized: string, terms: readonly string[]): number {
  let re = compiledAll.get(terms);
  if (!re) {
    re = new RegExp(pattern(terms).source, 'g');
    compiledAll.set(terms, re);
  }
  return normalized.match(re)?.length ?? 0;
}

/** True when any term occurs in the (normalized) text as a word or word stem with a common ending. */
export function mentions(normalized: string, terms: readonly string[]): boolean {
  return pattern(terms).test(normalized);
}

/** Pleasantries that open a call; a turn made only of these (and names) is small talk, not a question. */
const PLEASANTRIES = new RegExp([
  "how(?: are|'re) (?:you|things|you doing|you keeping)(?: doing| going| keeping)?(?: today| this (?:morning|afternoon|week))?",
  "how(?:'s| is) (?:it going|things|everything|life|your (?:day|week|morning|afternoon)(?: going| been)?)(?: today| so far)?",
  'how have you been',
  "(?:i )?hope (?:you're|you are|you've been|all is|everything is|things are) (?:well|good|keeping well|doing well|having a good (?:day|week))",
  "(?:it's |it is )?(?:really )?(?:good|nice|great|lovely|a pleasure) to (?:finally )?(?:meet|speak|talk|connect|catch up|hear from)(?: with| to)?(?: you)?(?: again)?(?: today)?",
  "(?:thanks|thank you)(?: so much| very much)? for (?:making|taking|finding|giving me|setting aside) (?:the |some |a bit of |my |this )?(?:time|call|minutes|slot)(?: for me| to talk| to chat| to speak)?(?: today| this (?:morning|afternoon|week))?",
  '(?:thanks|thank you)(?: so much| very much)? for (?:having me|seeing me|fitting me in|the time|your time)(?: today)?',
  "(?:i )?(?:really )?appreciate (?:you|your) (?:making |taking |finding )?(?:the |some )?(?:time|call)(?: today)?",
  "(?:this is|it's|it is|my name is|i'm|i am) [a-z'-]+(?: [a-z'-]+)? (?:from|at|with|here from|calling from) [a-z0-9'-]+(?: [a-z0-9'-]+)?",
  "(?:this is|it's|my name is) [a-z'-]+",
].map((p) => `(?:${p})`).join('|'), 'g');
const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'hiya', 'good', 'morning', 'afternoon', 'evening', 'there', 'again', 'all', 'everyone', 'so', 'and', 'well', 'oh', 'great', 'thanks', 'thank', 'you', 'today', 'yes', 'yeah']);

/**
 * True when every part of the turn is a greeting or pleasantry ("Hi Denise, how's it going?",
 * "Thanks for making time today"); `names` are words to ignore (the customer's name, the rep's company).
 */
/**
 * Chat about life outside work ("did you catch the game at the weekend?"): never about the customer's
 * business, even when a time word ("weekend") is also one of a need's terms.
 */
const LEISURE = /\b(?:catch|see|watch|watching|saw|watched) (?:the|that|last night's|the big|yesterday's|sunday's|saturday's) (?:game|match|race|fight|final|grand prix)\b|\b(?:super bowl|world cup|playoffs|the big game)\b|\banything fun\b|\b(?:weekend|holiday|vacation|summer) plans\b|\b(?:good|nice|fun|relaxing) (?:weekend|holiday|vacation|trip|break)\b|\bhow was (?:your|the) (?:weekend|holiday|vacation|trip|break)\b|\bhow (?:about|was) (?:that|this|the) weather\b/;

/** True when the turn chats about leisure (sport, weekends, holidays, the weather). */
export function isLeisureChat(normalized: string): boolean {
  return LEISURE.test(normalized);
}

export function isSmallTalk(rawText: string, names: readonly string[]): boolean {
  const ignore = new Set([...GREETING_WORDS, ...names.flatMap((n) => normalize(n).trim().split(' '))]);
  const sentences = rawText.split(/[.?!;]+/).map((t) => normalize(t).trim()).filter(Boolean);
  if (!sentences.length) return false;
  let pleasantries = 0;
  for (const sentence of sentences) {
    const rest = ` ${sentence} `.replace(PLEASANTRIES, () => { pleasantries++; return ' '; });
    if (rest.split(' ').some((w) => w && !ignore.has(w))) return false;
  }
  // "Hi Denise." alone is a greeting too, but the analyzer already says so; this catches the questions.
  return pleasantries > 0;
}

/** Words that carry no topic: two questions that differ only in these ask the same thing. */
const FUNCTION_WORDS = new Set([
  'what', "what's", 'how', "how's", 'why', 'where', 'when', 'who', 'which', 'are', 'is', 'was', 'were', 'be', 'been', 'do', 'does', 'did',
  'have', 'has', 'had', 'your', 'you', "you're", 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'about', 'at', 'with', 'that', "that's", 'this',
  'there', "there's", 'it', "it's", 'those', 'these', 'them', 'me', 'i', 'we', 'us', 'our', 'can', 'could', 'would', 'will', 'tell', 'so', 'and',
  'but', 'okay', 'ok', 'well', 'just', 'really', 'again', 'then', 'now', 'right', 'top', 'main', 'currently', 'today', 'moment', 'actually',
  'sorry', 'um', 'uh', 'any', 'some',
]);
const contentWords = (text: string) => text.split(' ').filter((w) => w && !FUNCTION_WORDS.has(w)).join(' ');

/**
 * The same question, word for word or near enough: "what are your top priorities at the moment?"
 * repeats "what are your priorities?", but "what makes that expensive?" does not repeat "what makes that hard?".
 */
export function sameQuestion(a: string, b: string): boolean {
  const ca = contentWords(a);
  const cb = contentWords(b);
  if (!ca || !cb) return a.trim() === b.trim();
  return similarity(ca, cb) >= 0.75 || similarity(a, b) >= 0.85;
}

/** Word-set similarity used to spot a repeated question. */
export function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  return both / (wa.size + wb.size - both);
}

/**
 * Public entry of the analyzer: `analyzeTurn` classifies one rep turn (question open/closed, SPIN type,
 * reflection, pitch, value-linked pitch, pressure, inform, social acts, focus, topics, preparation), each
 * decision with a reason a rep understands. Labels follow `../shared/eval/GUIDE.md`.
 *
 * Why no NLP library (measured, see bench/analyzer.bench.ts, which times both on the same texts):
 * wink-nlp with wink-eng-lite-web-model (readDoc + POS + lemmas) managed 4,500-6,500 turns/s on one core,
 * needs 150-700 ms and a 3.8 MB model to load, and mis-tags exactly the casual speech we see
 * ("end up parked" as a noun phrase). The target is 20,000 turns/s with p99 under 1 ms, which the library
 * alone misses by 3-4x before any of our rules run. The decisions that matter here are lexical and
 * positional (a wh-word or auxiliary at the start of a clause, "we/our" + a capability verb, cue lexicons
 * by semantic class), so a hand-rolled clause splitter, tokenizer and light stemmer (./text.ts) plus
 * keyword-gated regex lexicons (./gate.ts) do the whole job in about the time wink takes only to tokenize and tag
 * (0.5-1.1x its speed in the bench runs so far), load instantly, need no Node APIs, and stay deterministic. Speed
 * figures per release are in the issue notes (`npm run bench`).
 *
 * After the rules, a small learned second opinion (./model/) may add a pitch, pressure or value link
 * the rules have no cue for, settle a SPIN type they only defaulted, or overrule a cue's SPIN type when it is
 * sure. It removes one thing only: a rules reflection in a turn where it hears a pitch the rules missed and is
 * all but sure nothing was played back.
 */
import { isUnclear, socialActs } from './acts';
import { echoedWords, modelCues, modelOpinion, modelSpin, type ModelOpinion } from './model/opinion';
import { CUSTOMER_WORDS, SELF_WORDS } from './lexicon';
import { ASKS_LEAVE, COMPENSATES, findNamedProduct, findPitch, findValueLink, numbersIn, pitchCuesIn, uptalkCues } from './pitch';
import { findPressure } from './pressure';
import { askForm, CHECK_ONLY, clauseForm, findQuestion, hopesAsk, whOnlyStates } from './question';
import { contentStems, findCheckedSummary, findMirror, findReflection, isAnnouncedReflection, OPENS_MOVING_ON } from './reflect';
import { classifySpin } from './spin';
import { clauses, normalise, normaliseTurn, SENTENCE_MARK, stem, words, type Clause } from './text';
import type { Act, AnalyzeContext, TurnAnalysis } from './types';
import { matchVocabulary } from './vocabulary';

export type * from './types';

/** Advice or information that is not about our product ("most teams start with…", "I'd suggest…"). */
const ADVICE = /\b(?:i'd (?:suggest|recommend)|i (?:suggest|recommend)|usually|typically|in my experience|most (?:teams|companies|firms|districts|practices|banks|groups|clients|people)|it depends|depends on|the (?:best|easiest) way|you (?:could|might|should) (?:try|consider|start|look)|here's (?:what|how)|for context)\b/;

/** A statement about the product ("it", "this") or the rep's guess ("I think it'd be…"), said with a rising "?". */
const PRODUCT_UPTALK = /(?:^|,\s*)(?:(?:so|and|but|um|uh|well|honestly|like|right|yeah|ok|okay)[\s,]+)*(?:it|it's|it'll|it'd|this|this'll|that'll|i think it|i think it's|i think it'd|i'd say it)\b/;

/** A clause that opens by summing up what they said ("so your COO is already staring at the exact metric this fixes"). */
const SUMMING_UP = /^(?:(?:ha|ok|okay|right|yeah|oh|wow)[\s,]+)*so (?:you|your|you're|you've)\b/;

/** A yes about the product: "It does, …", "Yep, we do.", "Absolutely, it can…", "Yes, there's a native connector". */
const PRODUCT_YES = /^(?:(?:oh|yes|yeah|yep|yup|absolutely|definitely|of course|sure|for sure|totally|100%|a hundred percent|good question|great question)[\s,.!—-]+)*(?:it (?:does|can|will|is|has|handles|covers|supports|tracks|manages|talks to|connects to|syncs with|hooks into|plugs into|integrates with)|it's|(?:two-way|native|open|full|built-in|direct|real-time|live) (?:sync|api|integration|connector|feed)s?|they (?:do|can|will|are)|we (?:do|can|will|have|are)|there(?:'s| is| are) (?:a |an )?(?:native|built-in|standard|direct|two-way|full|ready-made|out-of-the-box) )\b(?![^.?!]*\b(?:not|n't)\b)/;
/** The customer's line asks what it (our product) or we can do: "Does it cope with…?", "Can you integrate with…?". */
const ASKS_ABOUT_PRODUCT = /\b(?:does|can|will|is|do|could|would) (?:it|you|you guys|your (?:[\w-]+ )?(?:system|app|platform|software|tool|product|sensors?|service|team|solution))\b[^.?!]*\?/;

/** The rep hedging about a fact they would have to check ("don't quote me", "I'd have to check with our engineer", "I'm like 80% sure"). */
const HEDGES_ON_PRODUCT =
  /\b(?:i'd (?:have|need) to (?:double[- ]?)?check|i(?:'ll| will) (?:have to )?(?:double[- ]?)?(?:check|find out|confirm|ask)|(?:don't|do not) quote me|not (?:totally|100%|a hundred percent|entirely|completely|fully) sure|i'm (?:like |about )?\d+ ?% sure|i can (?:double[- ]?)?(?:check|find out|ask)|(?:let me|i need to|i'll need to|i have to) (?:double[- ]?)?(?:check|confirm)(?! (?:i|i've|i have|i'm|that i|if i|we're|we've|we have)\b)|(?:don't|do not) (?:want|wanna) to (?:tell you|give you) (?:the |something |anything )?wrong)/;

/** "I'd like to understand…", "I'd rather hear…": at the opening of a call, the plan for it. */
const SETS_AGENDA = /\bi'd (?:really |also |just |mostly )?(?:like|love|rather|prefer) to (?:understand|hear)\b|\bi'd rather (?:understand|hear)\b/;

/** A clause that opens with a condition or time ("when…", "if…"). */
const SUBORDINATE = /^(?:(?:and|so|but|ok|okay)\s+)?(?:if|when|whenever|once|after|before|while)\b/;

/**
 * Analyzes one rep turn. Never throws: empty, huge or odd input yields a well-formed result with the
 * 'unclear' act when nothing can be read.
 */
export function analyzeTurn(text: string, context: AnalyzeContext = {}): TurnAnalysis {
  const { analysis: rules, norm, customerStems } = rulesPass(text, context);
  if (rules.acts.includes('unclear')) return rules;
  const raw = typeof text === 'string' ? text : '';
  const spoke = customerHasSpoken(context);
  const a = withSecondOpinion(rules, modelOpinion(raw, context.prev ?? ''), raw, spoke, norm);
  // A pitch only the model heard gets the same value-link rules as one the rules heard; where they find
  // the link, their reason (the words that tie it) replaces the model's.
  if (a.pitch && !rules.pitch) {
    const link = valueLinkOf(norm, customerStems(), contentStems(norm), a.reflect, a.pressure);
    if (link) return { ...a, valueLink: true, reasons: [...a.reasons.filter((r) => !r.startsWith('value-linked pitch:')), `value-linked pitch: ${link}`] };
  }
  return a;
}

/** Has the customer said anything yet (their previous line or an earlier one)? */
function customerHasSpoken(context: AnalyzeContext): boolean {
  return Boolean(context.prev?.trim()) || (context.history ?? []).some((t) => t.speaker === 'customer' && t.text.trim() !== '');
}

/**
 * Why a pitch is tied to what the customer said, if it is: a link the pitch rules find, or a pitch made
 * in the same breath as restating what they said.
 */
function valueLinkOf(norm: string, customerStems: Set<string>, pitchStems: string[], reflected: boolean, pushing: boolean): string | undefined {
  return findValueLink(norm, customerStems, pitchStems, pushing) ?? (reflected && !pushing ? 'follows straight on from restating what they said' : undefined);
}

/** Content stems of the customer's previous turn and earlier turns. */
function customerStemsOf(context: AnalyzeContext): Set<string> {
  const stems = new Set<string>(contentStems(normalise(context.prev ?? '')));
  for (const t of context.history ?? []) {
    if (t.speaker === 'customer') for (const s of contentStems(normalise(t.text))) stems.add(s);
  }
  return stems;
}

/** Thresholds of the learned second opinion (see ./model/README.md for how they were chosen and measured). */
const MODEL_PITCH = 0.45;
const MODEL_PITCH_AFTER_PRESSURE = 0.6;
const MODEL_PRESSURE = 0.5;
const MODEL_VALUE_LINK = 0.4;
/** The same in a turn that pushes: a pitch there leans on their words to close, not to tie the offer to their need. */
const MODEL_VALUE_LINK_IN_PRESSURE = 0.5;
const MODEL_SPIN = 0.3;
/** The model overrules a SPIN type a rules cue gave only when it is this sure (see ./model/README.md). */
const MODEL_SPIN_OVER_CUE = 0.7;
/**
 * …and back to "situation" only when all but certain: the model's pull to the commonest class would otherwise turn
 * questions that plainly ask what hurts ("Which system is giving you more grief right now?") into situation.
 */
const MODEL_SPIN_TO_SITUATION = 0.95;
const MODEL_REFLECT = 0.4;
const MODEL_REFLECT_IN_PITCH = 0.9;
/** Coders call 5% of pushing turns reflections (21% of all turns): there the model must be surer. */
const MODEL_REFLECT_IN_PRESSURE = 0.6;
/** Below this the model all but rules out a reflection (see where a pitch only the model heard is added). */
const MODEL_NOT_REFLECT = 0.2;
/**
 * The model hears a question the rules did not, in a turn with no "?" (most often speech a transcript wrote without one:
 * "does two o'clock suit or is next Thursday better", "a nightmare how like um what makes them hard"). Not in the
 * opening turn, where the rules decide what only sets the agenda, and not where a wh-word only embeds a statement (see
 * `whOnlyStates`). It never changes the form of a question the rules found (see ./model/README.md).
 */
const MODEL_QUESTION = 0.9;
/**
 * The rep says they will not pitch, or not yet: "I'm not going to do a demo today", "no slides", "this isn't a
 * sales pitch", "leave our product for the end", "before I say a word about our software".
 */
const DISCLAIMS_PITCH = /\b(?:not|won't|never|no|isn't|without)\b (?:(?:going to|gonna|here to|trying to|planning to|about to|be) )?(?:(?:do|give|run|show|bore) (?:you )?)?(?:(?:a|an|any|some|the|wi) )?(?:(?:big|long|sales|hard|formal|full) )?(?:demo|pitch|slides|deck|presentation)\b|\b(?:our product|our (?:own )?software|about us|what we do)\b[^.?!]{0,20}\b(?:for|till|until|to|at) the (?:very )?end\b|\bbefore (?:i|we) (?:say|tell you) (?:a (?:word|thing)|anything|much) about (?:us|our|what we)\b/;
/**
 * The rep owns a failure: "that's on us", "we should've flagged it", "I'm sorry we didn't catch it", "here's
 * what happened on our side", "it's the least we can do". Explaining what went wrong names our systems and staff, which a word model hears
 * as presenting them. Coders called 1 of 18 such turns in the labelled sets a pitch, for claims the rules hear
 * on their own ("we never train models on client data").
 */
const OWNS_FAULT = /\b(?:(?:that's|that one's|which is|this is|that is|it's|that was) (?:entirely |completely |squarely |all |totally )?on us|our (?:fault|mistake|error|bad|mess|failure)(?= *(?:[.,;:!?\u2014]|$|(?:and|not|entirely|completely|totally|too|there|here)\b))|we (?:should have|should've|shouldn't have|dropped the ball|messed up|got (?:it|that|this) wrong|let you down)|(?:i'm|i am) (?:so |really |truly |very )?sorry (?:we|that we|our|it|that it|this|that this)\b|(?:i|we) (?:apologi[sz]e|owe you an apology)|what happened on our (?:side|end)|the least (?:we|i) (?:can|could) do|we didn't (?:catch|push|flag|tell|spot|notice|test|warn))/;
/** The rep eases off: a smaller first step, time given, or an out offered ("tell me if this isn't a fit"). */
const EASES_OFF = /\b(?:we could|you could|could|let's|happy to|we can|i'd suggest we|why not)(?: just)? start (?:with|small|at|on)\b|\bdon'?t worry about the (?:time|delay|short notice|late|reschedul\w*)\b|\b(?:no rush|take your time)\b|\b(?:tell me|let me know|say so|just say)\b[^.?!]{0,15}\bif (?:this|it|we)(?:'s| is|'re| are)? (?:isn't|is not|not|aren't|are not) (?:a (?:good |great |real )?fit|right for you|for you)\b/;
/**
 * The rep congratulates them ("Congrats on the award your team won"): rapport about their news, which a word model hears as
 * our awards. Coders called 2 of 43 such turns in the labelled sets a pitch, both for a claim the rules hear on their own.
 */
const CONGRATULATES = /\bcongrat(?:s|ulations)?\b/;
/** The turn says it will not pitch, asks leave before it does, owns a failure, pays them back or congratulates them: the model's pitch is not added. */
function holdsBackPitch(norm: string): boolean {
  return DISCLAIMS_PITCH.test(norm) || ASKS_LEAVE.test(norm) || OWNS_FAULT.test(norm) || COMPENSATES.test(norm) || CONGRATULATES.test(norm);
}
/** The rules' reason when no SPIN cue matched and the question defaulted to situation. */
const SPIN_DEFAULT = 'situation: asks about facts of their current setup';

/**
 * Adds what the learned model is confident of and the rules missed: a reflection, pitch, pressure or
 * value link (a value link only once the customer has said something: `customerSpoke`), and a SPIN type where
 * the rules only defaulted to situation or, when it is sure, where a rules cue gave another. The one finding it
 * takes back is a rules reflection in a turn it hears as a pitch and not as a reflection (see MODEL_NOT_REFLECT).
 */
export function withSecondOpinion(a: TurnAnalysis, o: ModelOpinion, text: string, customerSpoke = true, normalised?: string): TurnAnalysis {
  const reasons = a.reasons.slice();
  const acts = new Set(a.acts);
  // The turn lower-cased (`normalised`, when the rules pass already made it), worked out at most once.
  let lowered = normalised;
  const norm = () => (lowered ??= normaliseTurn(text));
  let { question, reflect, pitch, pressure, valueLink, spin, inform } = a;
  // Question first: whether the turn asks something bears on how its reflection is read below.
  const [qNone, qOpen, qClosed] = o.question;
  if (question === 'none' && 1 - qNone >= MODEL_QUESTION && customerSpoke && !text.includes('?') && !whOnlyStates(norm())) {
    question = qOpen >= qClosed ? 'open' : 'closed';
    spin = modelSpin(o).spin;
    acts.add('question');
    reasons.unshift(questionReason(question, o), SPIN_REASON[spin]);
  }
  // Scarcity and deadlines about our calendar read like a pitch to a word model ("our onboarding queue
  // is packed…"), but coders call most of them pressure only: after a pressure cue the model must be surer.
  // A pitch the model can't point to any word for is not one a rep could be shown, so it is not added;
  // nor is one it hears only in words the customer just used (the rep repeating them back).
  // A proposed next meeting ("Tuesday works on our side", "a call with our solutions engineer") reads the
  // same way and is, to coders, scheduling: the model must be as sure there.
  // Nor is a pitch added to a turn that says it will not pitch ("I'm not going to do a demo today") or asks
  // leave to ("Would it be alright if I shared a little about how our system works?"): the model reads
  // "demo" and "our system" as a pitch either way.
  // The turn pushes when the rules or the pressure head hear pressure: the pitch, reflection and value-link bars below all ask.
  const pushes = a.pressure || o.pressure >= MODEL_PRESSURE;
  const surer = pushes || a.acts.includes('next_step');
  const pitchCues = !pitch && o.pitch >= (surer ? MODEL_PITCH_AFTER_PRESSURE : MODEL_PITCH) && !holdsBackPitch(norm()) ? modelCues(o, 0, true) : [];
  // A turn that only proposes the next meeting plays nothing back, whatever words of theirs it names;
  // nor does one that opens by moving the call on ("So check this out, the ledger pulls…"). The cheap
  // checks come first: this runs for every turn. In a turn that pitches, the model must be all but sure:
  // its words for playing back (theirs) are the words a pitch tied to their needs uses too; in one that pushes, surer.
  const reflectBar = pitch || pitchCues.length > 0 ? MODEL_REFLECT_IN_PITCH : pushes ? MODEL_REFLECT_IN_PRESSURE : MODEL_REFLECT;
  const onlyNextStep = () => a.acts.includes('next_step') && !/[.?!]\s+\S/.test(text.trim());
  // A question that opens a turn with no punctuation at all (a verbatim transcript) reuses their words to ask, not to play
  // them back: the model's reflection there was wrong 18 times in 27 over the labelled sets. After a statement ("half the
  // time then what happens at fit-out") the statement may play them back.
  const unmarkedQuestion = () => question !== 'none' && !SENTENCE_MARK.test(text) && clauseForm(norm()) !== 'declarative';
  if (!reflect && o.reflect >= reflectBar && !onlyNextStep() && !OPENS_MOVING_ON.test(norm()) && !unmarkedQuestion()) {
    reflect = true;
    acts.add('reflection');
    const echoed = echoedWords(o, text);
    reasons.push(`reflection: reads as playing back what they told you${echoed.length ? ` (their words '${echoed.join("', '")}')` : quote(modelCues(o, 7))}`);
  }
  if (pitchCues.length > 0) {
    pitch = true;
    inform = true;
    acts.add('pitch').add('inform');
    reasons.push(`pitch: reads like presenting what we sell${quote(pitchCues)}`);
    // "So the RC-8 sends an alert to your phone…", "So Tallyo does group bookings for…": a "so" that opens a
    // pitch reads to the rules like a summary. When the model hears the pitch and is all but sure nothing
    // was played back, the rules' reflection goes (on sets neither had seen, 6 of 6 such were not reflections),
    // unless a strong frame announced it ("It would appear, then, that…", "What I'm hearing is…").
    const rulesReflection = reasons.findIndex((r) => r.startsWith('reflection:'));
    if (reflect && o.reflect < MODEL_NOT_REFLECT && rulesReflection >= 0 && !isAnnouncedReflection(reasons[rulesReflection] as string)) {
      reflect = false;
      acts.delete('reflection');
      reasons.splice(rulesReflection, 1);
    }
  }
  // A link needs something they said: before the customer has spoken no pitch is tied to their needs (none of
  // the 649 opening turns labelled so far is).
  if (pitch && !valueLink && customerSpoke && o.valueLink >= (pushes ? MODEL_VALUE_LINK_IN_PRESSURE : MODEL_VALUE_LINK)) {
    valueLink = true;
    reasons.push(`value-linked pitch: reads as tied to what they told you${quote(modelCues(o, 2))}`);
  }
  // Nor pressure where the rep eases off: a smaller first step offered ("we could start with the north site
  // only"), time given ("don't worry about the short notice", "no rush") or an out ("tell me if this isn't a
  // fit"). The model hears "don't worry" and "only" as pushing; coders called 39 of 41 such turns in the sets
  // not pressure, and the rules hear the pressure in the other two ("…send over the contract for all 4 then and
  // we can start with Northgate").
  if (!pressure && o.pressure >= MODEL_PRESSURE && !EASES_OFF.test(norm())) {
    pressure = true;
    acts.add('pressure');
    reasons.push(`pressure: reads like pushing them${quote(modelCues(o, 1))}`);
  }
  // SPIN: the model settles a type the rules only defaulted to, and overrules a rules cue it is sure is wrong
  // ("What does approval look like… or does it go to the board?" asks who signs off, not the consequence the rules
  // heard in "does it go to").
  const ruled = a.spin;
  if (a.question !== 'none' && ruled !== 'none') {
    const m = modelSpin(o);
    const defaultAt = a.reasons.indexOf(SPIN_DEFAULT);
    const defaulted = defaultAt >= 0;
    const at = defaulted ? defaultAt : a.reasons.findIndex((r) => r.startsWith(SPIN_LABEL[ruled]));
    if (m.spin !== ruled && at >= 0 && m.p >= (m.spin === 'situation' ? MODEL_SPIN_TO_SITUATION : defaulted ? MODEL_SPIN : MODEL_SPIN_OVER_CUE)) {
      spin = m.spin;
      reasons[at] = SPIN_REASON[m.spin];
    }
  }
  return { ...a, question, reflect, pitch, pressure, valueLink, spin, inform, acts: [...acts], reasons };
}

/** Cue words for a reason: " ('a', 'b')", or nothing. */
function quote(cues: string[]): string {
  return cues.length ? ` ('${cues.join("', '")}')` : '';
}

/** The reason for a question form the model decided, with the words that pushed it there. */
function questionReason(form: 'open' | 'closed', o: ModelOpinion): string {
  const said = quote(modelCues(o, form === 'open' ? 8 : 9));
  return form === 'open' ? `open question: reads as inviting them to explain${said}` : `closed question: reads as asking for a yes or no, a fact or a choice${said}`;
}

/** How each SPIN type's reason starts (see ./spin.ts). */
const SPIN_LABEL: Record<Exclude<TurnAnalysis['spin'], 'none'>, string> = { situation: 'situation:', problem: 'problem:', implication: 'implication:', need_payoff: 'need-payoff:' };

const SPIN_REASON: Record<Exclude<TurnAnalysis['spin'], 'none'>, string> = {
  situation: SPIN_DEFAULT,
  problem: 'problem: reads like asking what is not working',
  implication: 'implication: reads like asking what the problem leads to',
  need_payoff: 'need-payoff: reads like asking what solving it would be worth',
};

/** The first sentence of the turn (its clauses joined). */
function firstSentence(cls: Clause[]): string {
  return cls.filter((c) => c.sentence === 0).map((c) => c.text).join(' ');
}

/** The hand-written rules alone (the training script compares the model with them). */
export function analyzeByRules(text: string, context: AnalyzeContext = {}): TurnAnalysis {
  return rulesPass(text, context).analysis;
}

/**
 * The rules' findings, with what the second opinion reads again: the turn normalised and the customer's
 * content stems (worked out once, and only when asked for).
 */
function rulesPass(text: string, context: AnalyzeContext): { analysis: TurnAnalysis; norm: string; customerStems: () => Set<string> } {
  const raw = typeof text === 'string' ? text : '';
  const norm = normaliseTurn(raw);
  // What the customer said, as content stems: only worked out when a clause could reflect them or a pitch
  // could be linked to them (most questions need neither).
  let stemsOfCustomer: Set<string> | undefined;
  const customerStems = () => (stemsOfCustomer ??= customerStemsOf(context));
  return { analysis: rulesAnalysis(raw, norm, context, customerStems), norm, customerStems };
}

function rulesAnalysis(raw: string, norm: string, context: AnalyzeContext, customerStems: () => Set<string>): TurnAnalysis {
  const tokens = words(norm);
  const base: TurnAnalysis = {
    question: 'none',
    spin: 'none',
    reflect: false,
    pitch: false,
    valueLink: false,
    pressure: false,
    inform: false,
    acts: [],
    focus: { customer: 0, self: 0 },
    topics: [],
    preparation: [],
    words: tokens.length,
    reasons: [],
  };
  if (isUnclear(norm, tokens.length)) {
    return { ...base, acts: ['unclear'], reasons: ['unclear: no words we can read'] };
  }

  const cls = clauses(norm, raw);
  const reasons: string[] = [];
  const acts = new Set<Act>();

  // What the customer said (their previous line and earlier lines), read only when a rule needs it.
  let said: string | undefined;
  const customerSaid = () => (said ??= `${context.prev ?? ''} ${(context.history ?? []).filter((t) => t.speaker === 'customer').map((t) => t.text).join(' ')}`);
  // Capitalised names the customer used are their people and systems, not our product.
  let names: Set<string> | undefined;
  const customerNames = () => (names ??= new Set((customerSaid().match(/\b[A-Z][\w-]+/g) ?? []).map((n) => n.toLowerCase())));
  // Figures the customer gave: the rep repeating them is not quoting our price.
  let figures: Set<string> | undefined;
  const customerNumbers = () => (figures ??= new Set(numbersIn(customerSaid(), true)));

  // Question: the last question asked decides its type; SPIN reads the whole sentence it sits in.
  // A statement with a rising "?" in a turn that hedges about what we sell ("I think it does on bad wifi? I'd have to check
  // with our engineer") is uptalk, not a check: coders called 90 of 96 such statements not questions.
  // Before the customer has said anything the rep is opening the call (see SETS_AGENDA and `hopesAsk`).
  const opening = !customerHasSpoken(context);
  const asked = cls.map((c) => askForm(c));
  const forms = opening ? asked : hopesAsk(cls, asked);
  const asking = forms.includes('declarative') && HEDGES_ON_PRODUCT.test(norm) ? forms.map((f) => (f === 'declarative' ? undefined : f)) : forms;
  const turnText = { norm, tokens: new Set(tokens) };
  const pitchCues = pitchCuesIn(turnText);
  // In a turn that pitches, "it'll make more sense once you've seen it?" is the product talked up with a rising tone.
  const uptalk = uptalkCues(pitchCues);
  const isPitchStatement = (c: Clause) =>
    findPitch(c.text, false, context.product, uptalk, customerNumbers) !== undefined || findNamedProduct(c.raw, customerNames) !== undefined || (uptalk.length > 0 && PRODUCT_UPTALK.test(c.text));
  const found = findQuestion(cls, isPitchStatement, asking);
  // Opening the call, "I'd like to understand how referrals come in…" without a "?" sets the agenda: coders called 25 of 31
  // such opening turns not a question (later in the call it asks, 47 of 58).
  const q = opening && found.form === 'indirect' && !raw.includes('?') && found.clause && SETS_AGENDA.test(found.clause.text) ? { type: 'none' as const } : found;
  let spin: TurnAnalysis['spin'] = 'none';
  if (q.clause && q.reason) {
    acts.add('question');
    reasons.push(q.reason);
    const s = classifySpin(spinContext(cls, q.clause, norm, asking, context.prev));
    spin = s.spin;
    reasons.push(s.reason);
  }

  // Pitch: per clause; in clauses that ask something only offers, claims and rhetorical pitches count.
  let pitchReason: string | undefined;
  const pitchClauses: string[] = [];
  cls.forEach((c, i) => {
    const isQ = asking[i] !== undefined && asking[i] !== 'declarative' && asking[i] !== 'tag';
    // A name in a question, or in the condition that sets one up, is more likely their system
    // ("When MedTrack flags an error, who sees it?").
    const setsUpQuestion = SUBORDINATE.test(c.text) && cls.some((d) => d.sentence === c.sentence && d.end === '?');
    const hit = findPitch(c.text, isQ, context.product, pitchCues, customerNumbers) ?? (isQ || setsUpQuestion ? undefined : findNamedProduct(c.raw, customerNames));
    if (hit) {
      pitchClauses.push(c.text);
      pitchReason ??= `pitch: ${hit.label} ('${hit.quote}')`;
    }
  });
  // "Does it cope with fixed drop windows?" — "It does, time windows are set per stop…": answering yes to
  // their question about what we sell is presenting it.
  const yes = pitchReason === undefined && context.prev ? PRODUCT_YES.exec(norm) : null;
  if (yes && ASKS_ABOUT_PRODUCT.test(normalise(context.prev ?? ''))) {
    pitchClauses.push(cls[0]?.text ?? norm);
    pitchReason = `pitch: answers their question about what we offer ('${yes[0].trim()}')`;
  }
  const pitch = pitchReason !== undefined;

  // Reflection: clauses that neither ask with interrogative grammar nor pitch.
  // Once the rep starts pitching, what follows elaborates the pitch, so only earlier clauses can reflect.
  const firstPitch = cls.findIndex((c) => pitchClauses.includes(c.text));
  const candidates = cls
    .filter((c, i) => (firstPitch < 0 || i < firstPitch || (i === firstPitch && SUMMING_UP.test(c.text))) && (asking[i] === undefined || asking[i] === 'declarative' || asking[i] === 'tag') && !leadsIntoQuestion(cls, asking, i))
    .map((c) => c.text);
  // In a turn that pushes, their words said back, a reframe ("it's not about my month end, it's about saving you money")
  // or a "fair to say…?" argue with them: coders called 1 in 7 of those reflections. A named feeling or a summary there
  // is right more often than not, and stays.
  const pressureHit = findPressure(turnText);
  const pushing = pressureHit !== undefined;
  const reflectReason =
    findReflection(candidates, candidates.length ? customerStems() : new Set<string>(), turnText.tokens, cls.some((c) => CHECK_ONLY.test(c.text)), pushing) ??
    (context.prev && cls[0] && firstPitch !== 0 && !pushing ? findMirror(firstSentence(cls), normalise(context.prev)) : undefined) ??
    (pushing ? undefined : findCheckedSummary(norm, turnText.tokens));
  if (reflectReason) {
    acts.add('reflection');
    reasons.push(reflectReason);
  }

  let valueLink = false;
  if (pitch && pitchReason) {
    acts.add('pitch');
    reasons.push(pitchReason);
    const link = valueLinkOf(norm, customerStems(), contentStems(pitchClauses.join(' ')), reflectReason !== undefined, pushing);
    if (link) {
      valueLink = true;
      reasons.push(`value-linked pitch: ${link}`);
    }
  }

  if (pressureHit) {
    acts.add('pressure');
    reasons.push(`pressure: ${pressureHit.label} ('${pressureHit.quote}')`);
  }

  const inform = pitch || ADVICE.test(norm);
  if (inform) acts.add('inform');
  for (const a of socialActs(norm, cls[0]?.text ?? norm, turnText.tokens)) acts.add(a);

  const stems = context.topics?.length || context.brief?.length ? words(norm.replace(/-/g, ' ')).map(stem) : [];
  return {
    ...base,
    question: q.type,
    spin,
    reflect: reflectReason !== undefined,
    pitch,
    valueLink,
    pressure: pushing,
    inform,
    acts: [...acts],
    focus: { customer: (norm.match(CUSTOMER_WORDS) ?? []).length, self: (norm.match(SELF_WORDS) ?? []).length },
    topics: matchVocabulary(context.topics, stems),
    preparation: matchVocabulary(context.brief, stems),
    reasons,
  };
}

/**
 * "And when a nurse changes a shift, walk me through…", "ok and the pool cars, how does that work": a clause that sets up the
 * question after it ("if I'm hearing you right, …" announces a summary instead).
 */
const LEAD_IN = /^(?:(?:ok|okay|right|yeah|um|uh|so)[\s,]+)*(?:and|when|whenever|if|once|with|given)\b(?! (?:i'm|i am|i)\b[^.?!]{0,12}?\b(?:hearing|heard|understand|understood|got) (?:you|that|this|it|correctly|rightly|right)\b)/;

function leadsIntoQuestion(cls: Clause[], asking: (string | undefined)[], i: number): boolean {
  const asks = (j: number) => cls[j]?.sentence === cls[i]?.sentence && asking[j] !== undefined && asking[j] !== 'declarative' && asking[j] !== 'tag';
  // Before the question ("and when a nurse changes a shift, walk me through…") or after it ("I'm wondering
  // what nights look like, when there's no supervisor").
  return (asks(i + 1) && LEAD_IN.test(cls[i]?.text ?? '')) || (i > 0 && asks(i - 1) && SUBORDINATE.test(cls[i]?.text ?? ''));
}

/**
 * What the SPIN type is read from: the deciding question plus any condition before it in its sentence
 * ("If X…, what would that mean?"); for a bare check ("Did I get that right?") the whole turn it checks.
 */
function spinContext(cls: Clause[], clause: Clause, norm: string, asking: (string | undefined)[], prev?: string): string {
  if (CHECK_ONLY.test(clause.text)) return norm;
  const i = cls.indexOf(clause);
  const before = cls[i - 1];
  // "It pays for itself pretty quickly, doesn't it?": a tag asks about the statement it is hung on.
  if (TAG.test(clause.text) && before && before.sentence === clause.sentence) return `${before.text} ${clause.text}`;
  // "Tell me more about that": asks about whatever the customer just said.
  if (prev && ELABORATE.test(clause.text)) {
    const p = normalise(prev);
    if (/\?\s*$/.test(p)) return clause.text;
    const spin = classifySpin(p).spin;
    return spin === 'problem' || spin === 'implication' ? `${clause.text} — ${p}` : clause.text;
  }
  const parts = [clause.text];
  // "Say every station's stock was visible. What changes for you?": the hypothetical the question rests on.
  if (before && before.sentence === clause.sentence - 1 && /^(?:say|suppose|imagine|picture|let's say)\b/.test(before.text)) return `${before.text} ${clause.text}`;
  // "…, or is it more of a looming risk?" / "what gets squeezed — is it the timeline?": the guess or the
  // alternative is read with the question it completes.
  const completes = GUESS.test(clause.text);
  for (let j = i - 1; j >= 0; j--) {
    const c = cls[j] as Clause;
    if (c.sentence !== clause.sentence) break;
    if (/^(?:(?:and|so|but|ok|okay|um|uh|like|well|then|i guess)[\s,]+)*(?:if|when|once|since|as|now that|after|whenever)\b/.test(c.text) || (completes && (asking[j] !== undefined || /^(?:what|how|why|where|who|which|is|are|was|were|do|does|did|has|have|can|could|would|will)\b/.test(c.text)))) parts.unshift(c.text);
  }
  return parts.join(' ');
}

/** A tag question hung on a statement ("…, doesn't it", "…, don't they", "…, wouldn't you"). */
const TAG = /^(?:isn't|wasn't|aren't|weren't|doesn't|don't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|hadn't|shouldn't|is|does|do|did|would|will|can|has|have) (?:it|that|this|they|you|he|she|there|we)$/;

/** A bare request to elaborate ("Tell me more about that", "How so?"). */
const ELABORATE = /^(?:(?:oh|ok|okay|so|sure|right|interesting|hmm)[\s,]+)*(?:tell me (?:a (?:bit|little) )?more(?: about (?:that|this|it))?|say (?:a (?:bit|little) )?more(?: about (?:that|this|it))?|how so|in what way|what do you mean|go on)$/;
/** An alternative or a guess that completes the question before it ("or is it…", "is it the board timeline?"). */
const GUESS = /^(?:or )?(?:is|was) (?:it|that)\b/;

/**
 * Social and structural acts of a turn that scenario scripts react to: greetings, thanks, agenda
 * setting, agreement, concrete next steps, closing, and "unclear" for empty or gibberish input.
 */
import { holdsGateWord } from './gate';
import type { Act } from './types';

const GREETING = /^(?:hi|hey|hello|heya|hiya|yo|good (?:morning|afternoon|evening|to (?:finally )?(?:meet|connect|see))|morning|afternoon|greetings|nice to (?:meet|connect)|great to (?:finally )?(?:meet|connect))\b|\b(?:nice|great|good) to (?:finally )?(?:meet|connect)\b/;
const THANKS = /\b(?:thanks|thank you|thank u|thx|ty|cheers|appreciate (?:it|you|ya|the|that|your))\b/;
const AGENDA = /\b(?:agenda|my plan (?:is|was)|the plan (?:is|was)|i'd suggest we start|to start|before we dive in|i'll (?:ask|start|keep)|i'd like to (?:spend|start|understand)|we'll keep it|keep (?:it|this) tight|i'll be quick|quick background|save (?:the last|some time)|then (?:we can|you can|share))\b/;
const AGREEMENT = /^(?:ok|okay|sure|great|absolutely|yes|yep|yeah|totally|fair|fair enough|makes sense|that makes sense|sounds good|got it|gotcha|right|perfect|will do|of course|understood|agreed|definitely|cool|awesome|love that|sweet|no worries|no problem|that's fair|you're right)\b/;
/** Days and other times a next step is set for. */
const WHEN = '(?:next|this|on|monday|tuesday|wednesday|thursday|friday|week|\\d|tomorrow|with|after|later)';
/** A definite time: enough on its own to make "a call … next week" a proposal. */
const WHEN_DEFINITE = '(?:next|this week|monday|tuesday|wednesday|thursday|friday|tomorrow|\\d)';
/** The rep offering or asking to do something together. */
const PROPOSING = "(?:would|could|can|shall|should|let's|let me|how about|what about|why don't|i'll|we'll|i'd|we'd|i can|we can|happy to|want to|does|do you have|are you free|free (?:on|for)|worth)";
/**
 * Concrete next steps, each with its gate words (see ./gate.ts). "Schedule" or "book" alone is not one:
 * "how do you schedule shifts?" is about their business, so those verbs need us as the subject or a
 * meeting as the object.
 */
const NEXT_STEP = ([
  {
    // "A demo next Tuesday?", "Next week works for a follow-up?", "Could we get a call in with your
    // CFO?" — but not "a sick call means an hour on the phone" (a loose time word such as "on" or
    // "after" needs the rep to be proposing) nor "we had a call on Monday" (a sentence about the past).
    pattern: new RegExp(`(?:^|[.?!]\\s*)(?![^.?!]*\\b(?:had|was|were|did|last|ago)\\b)[^.?!]*\\b(?:demo|meeting|call|pilot|trial|walkthrough|sandbox|follow-up|follow up|intro|introduce|introduction|loop (?:in|\\w+ in)|invite|calendar|session|workshop|proof of concept|reference call)\\b[^.?!]*\\b${WHEN_DEFINITE}\\b|(?:^|[.?!]\\s*)(?![^.?!]*\\b(?:had|was|were|did|last|ago)\\b)[^.?!]*\\b(?:next (?:week|month)|tomorrow|(?:this|next) (?:monday|tuesday|wednesday|thursday|friday))\\b[^.?!]*\\b(?:demo|meeting|call|pilot|trial|walkthrough|follow-up|follow up|intro|session|workshop)\\b[^.?!]*\\?|\\b${PROPOSING}\\b[^.?!]*\\b(?:demo|meeting|call|pilot|trial|walkthrough|sandbox|follow-up|follow up|intro|introduce|introduction|loop (?:in|\\w+ in)|invite|calendar|session|workshop|proof of concept|reference call)\\b[^.?!]*\\b${WHEN}\\b`),
    gate: ['demo', 'meeting', 'call', 'pilot', 'trial', 'walkthrough', 'sandbox', 'follow-up', 'follow', 'intro', 'introduce', 'introduction', 'loop', 'invite', 'calendar', 'session', 'workshop', 'proof', 'reference'],
  },
  {
    pattern: /\b(?:i|we|i'll|we'll|let's|let me|i can|we can|can we|could we|should we|shall we|happy to|i'd|we'd)(?: \w+){0,2}? (?:set up|schedule|book|pencil in)\b|\b(?:set up|schedule|book|pencil in|find) (?:(?:a|an|the|some|another|our|that|this) )?(?:[\w-]+ )?(?:time|call|meeting|demo|session|slot|follow-up|chat|walkthrough|review|workshop|pilot|trial|intro)\b/,
    gate: ['set', 'schedule', 'book', 'pencil', 'find'],
  },
  {
    pattern: /\bsend (?:an|the|a calendar) invite|\bsend (?:you )?(?:a|the) (?:recap|summary|proposal|one-pager|outline|invite)|\breach out to\b|\b(?:i'll|we'll|i can|we can|let me|i'd|we'd|i will|we will|happy to) (?:\w+ )?put together (?:a|the)\b|\bfollow up (?:on|with|monday|tuesday|wednesday|thursday|friday|next)\b/,
    gate: ['send', 'reach', 'put', 'follow'],
  },
  {
    // "Could we meet next Tuesday?", "Would it make sense to talk again after harvest?"
    pattern: new RegExp(`\\b(?:could we|can we|shall we|should we|let's|we could|we can|happy to|i'd love to|make sense to|want to|how about we|why don't we)(?: \\w+){0,3}? (?:meet|talk|chat|speak|reconnect|regroup|catch up|connect|hop on|jump on|get together|sync)\\b[^.?!]*\\b${WHEN}\\b`),
    gate: ['meet', 'talk', 'chat', 'speak', 'reconnect', 'regroup', 'catch', 'connect', 'hop', 'jump', 'get', 'sync'],
  },
  {
    // "Would it help to sit down next week with…", "…and we met next week with Dana?", "Would you meet
    // Tuesday with Marcus?": a meeting verb with a definite time, proposed as a question or an offer.
    pattern: new RegExp(`(?:^|[.?!]\\s*)(?![^.?!]*\\b(?:had|was|were|did|last|ago|happened|(?:me|us) through)\\b)[^.?!]*\\b(?:would it help (?:to|if)|would you|could you|can you|are you able to|would you be able to|if we|and we|we could)(?: [\\w'-]+){0,10}? (?:met|meet|sit down|sat down|get together|got together|walk through|go through|went through|look at|looked at|talk|talked|speak|spoke)\\b[^.?!]*\\b${WHEN_DEFINITE}\\b`),
    gate: ['met', 'meet', 'sit', 'sat', 'together', 'walk', 'go', 'went', 'look', 'looked', 'talk', 'talked', 'speak', 'spoke'],
  },
  {
    // "Would forty-five minutes next week with Tom be worth it?", "Can I grab 30 minutes on Thursday?"
    pattern: new RegExp(`\\b(?:\\d+|an?|half an|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)[- ](?:minutes?|mins?|hours?)\\b[^.?!]*\\b${WHEN_DEFINITE}\\b[^.?!]*(?:\\?|\\bworth\\b)`),
    gate: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours'],
  },
  {
    pattern: /\b(?:would|are|were) you (?:be )?open to\b|\bwhat (?:should|do|would|shall|can) we do next\b|\bnext steps?\b|\bwhere do we go from here\b/,
    gate: ['open', 'next', 'go'],
  },
] satisfies { pattern: RegExp; gate: string[] }[]).map(({ pattern, gate }) => ({ pattern, gate: new Set(gate) }));
const CLOSING = /\b(?:bye|goodbye|talk (?:soon|later|then)|take care|have a (?:good|great|nice)|drive safe|stay safe|enjoy (?:the|your)|speak (?:soon|then)|catch you|see you|let you (?:get back|go))\b/;

/** Input a reader can't interpret: nothing but punctuation, symbols or very few letters. */
export function isUnclear(norm: string, wordCount: number): boolean {
  if (wordCount === 0) return true;
  // One pass over the characters: letters (any script), visible characters, Latin vowels.
  let letters = 0;
  let visible = 0;
  let vowels = 0;
  let latin = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c <= 32) continue;
    visible++;
    if (c >= 97 && c <= 122) {
      letters++;
      latin++;
      if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) vowels++;
    } else if (c > 127 && LETTER.test(norm[i] as string)) letters++;
  }
  if (letters < 2) return true;
  // Keyboard mash: Latin letters but not a single vowel ("sdfghjk").
  if (latin === letters && vowels === 0 && !/\d/.test(norm)) return true;
  // Keyboard mash with vowels ("asdf qwer"): every word holds a run of neighbouring keys no English word has.
  if (wordCount <= 8 && KEY_RUN.test(norm) && norm.split(/[^a-z]+/).every((w) => w === '' || KEY_RUN.test(w))) return true;
  return letters / visible < 0.3;
}

const LETTER = /\p{L}/u;
/** Three neighbouring keys of one keyboard row, either way ("asd", "qwe", "lkj"), minus the runs English uses ("wer", "ert", "rty", "iop"). */
const KEY_RUN = /asd|sdf|dfg|fgh|ghj|hjk|jkl|qwe|tyu|yui|uio|zxc|xcv|cvb|vbn|bnm|dsa|fds|gfd|hgf|jhg|kjh|lkj|ewq|uyt|iuy|oiu|cxz|vcx|bvc|nbv|mnb/;

/** Every alternative of THANKS and AGENDA contains one of these words (see ./gate.ts): speed only. */
const THANKS_GATE = new Set(['thanks', 'thank', 'thx', 'ty', 'cheers', 'appreciate']);
const AGENDA_GATE = new Set(['agenda', 'plan', 'suggest', 'start', 'before', "i'll", "i'd", "we'll", 'keep', 'background', 'save', 'then']);

/** Every alternative of CLOSING contains one of these words (see ./gate.ts): speed only. */
const CLOSING_GATE = new Set(['bye', 'goodbye', 'talk', 'take', 'have', 'drive', 'stay', 'enjoy', 'speak', 'catch', 'see', 'let']);

/** The social-act lexicons that match the turn while their word gate stays shut (none, if the gates are right; tests check every labelled turn). */
export function actGateMisses(norm: string, tokens: Set<string>): string[] {
  const shut = (gate: ReadonlySet<string>) => !holdsGateWord(tokens, gate);
  const out: string[] = [];
  if (shut(THANKS_GATE) && THANKS.test(norm)) out.push('THANKS');
  if (shut(AGENDA_GATE) && AGENDA.test(norm)) out.push('AGENDA');
  if (shut(CLOSING_GATE) && CLOSING.test(norm)) out.push('CLOSING');
  NEXT_STEP.forEach((n, i) => {
    if (shut(n.gate) && n.pattern.test(norm)) out.push(`NEXT_STEP ${i}`);
  });
  return out;
}

/** Social acts found in a (normalised) turn; `tokens` are its words, used to skip lexicons that can't match. */
export function socialActs(norm: string, first: string, tokens?: Set<string>): Act[] {
  const may = (gate: ReadonlySet<string>) => !tokens || holdsGateWord(tokens, gate);
  const acts: Act[] = [];
  if (GREETING.test(first)) acts.push('greeting');
  if (may(THANKS_GATE) && THANKS.test(norm)) acts.push('thanks');
  if (may(AGENDA_GATE) && AGENDA.test(norm)) acts.push('agenda');
  if (AGREEMENT.test(first)) acts.push('agreement');
  if (NEXT_STEP.some((n) => may(n.gate) && n.pattern.test(norm))) acts.push('next_step');
  if (may(CLOSING_GATE) && CLOSING.test(norm)) acts.push('closing');
  return acts;
}

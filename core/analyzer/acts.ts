/**
 * Social and structural acts of a turn that scenario scripts react to: greetings, thanks, agenda
 * setting, agreement, concrete next steps, closing, and "unclear" for empty or gibberish input.
 */
import type { Act } from './types';

const GREETING = /^(?:hi|hey|hello|heya|hiya|yo|good (?:morning|afternoon|evening|to (?:finally )?(?:meet|connect|see))|morning|afternoon|greetings|nice to (?:meet|connect)|great to (?:finally )?(?:meet|connect))\b|\b(?:nice|great|good) to (?:finally )?(?:meet|connect)\b/;
const THANKS = /\b(?:thanks|thank you|thank u|thx|ty|cheers|appreciate (?:it|you|ya|the|that|your))\b/;
const AGENDA = /\b(?:agenda|my plan (?:is|was)|the plan (?:is|was)|i'd suggest we start|to start|before we dive in|i'll (?:ask|start|keep)|i'd like to (?:spend|start|understand)|we'll keep it|keep (?:it|this) tight|i'll be quick|quick background|save (?:the last|some time)|then (?:we can|you can|share))\b/;
const AGREEMENT = /^(?:ok|okay|sure|great|absolutely|yes|yep|yeah|totally|fair|fair enough|makes sense|that makes sense|sounds good|got it|gotcha|right|perfect|will do|of course|understood|agreed|definitely|cool|awesome|love that|sweet|no worries|no problem|that's fair|you're right)\b/;
const NEXT_STEP =
  /\b(?:demo|meeting|call|pilot|trial|walkthrough|sandbox|follow-up|follow up|intro|introduce|introduction|loop (?:in|\w+ in)|invite|calendar|session|workshop|proof of concept|reference call)\b[^.?!]*\b(?:next|this|on|monday|tuesday|wednesday|thursday|friday|week|\d|tomorrow|with)\b|\b(?:set up|schedule|book|pencil in|find a time|send (?:an|the|a calendar) invite|send (?:you )?(?:a|the) (?:recap|summary|proposal|one-pager|outline|invite)|reach out to|put together (?:a|the)|follow up (?:on|with|monday|tuesday|wednesday|thursday|friday|next))\b/;
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
  return letters / visible < 0.3;
}

const LETTER = /\p{L}/u;

/** Every alternative of NEXT_STEP / CLOSING contains one of these words (see ./gate.ts): speed only. */
const NEXT_STEP_GATE = ['demo', 'meeting', 'call', 'pilot', 'trial', 'walkthrough', 'sandbox', 'follow-up', 'follow', 'intro', 'introduce', 'introduction', 'loop', 'invite', 'calendar', 'session', 'workshop', 'proof', 'reference', 'set', 'schedule', 'book', 'pencil', 'find', 'send', 'reach', 'put'];
const CLOSING_GATE = ['bye', 'goodbye', 'talk', 'take', 'have', 'drive', 'stay', 'enjoy', 'speak', 'catch', 'see', 'let'];

/** Social acts found in a (normalised) turn; `tokens` are its words, used to skip lexicons that can't match. */
export function socialActs(norm: string, first: string, tokens?: Set<string>): Act[] {
  const may = (gate: string[]) => !tokens || gate.some((w) => tokens.has(w));
  const acts: Act[] = [];
  if (GREETING.test(first)) acts.push('greeting');
  if (THANKS.test(norm)) acts.push('thanks');
  if (AGENDA.test(norm)) acts.push('agenda');
  if (AGREEMENT.test(first)) acts.push('agreement');
  if (may(NEXT_STEP_GATE) && NEXT_STEP.test(norm)) acts.push('next_step');
  if (may(CLOSING_GATE) && CLOSING.test(norm)) acts.push('closing');
  return acts;
}

/**
 * Does a rep question build on what the customer just said? Two cheap tests: the question shares
 * a content word (crudely stemmed, stop words removed) with the customer's previous turn, or it
 * points back at it ("What does that cost you?", "Why is that?", "Tell me more about that",
 * "You mentioned…"). It misses synonyms and catches the odd coincidence, which is acceptable for a
 * coaching hint weighted at 10%; the analyzer's reflection label covers paraphrase.
 */

const STOP = new Set(
  ('about above after again also always been before being could does doing done down each even ever from have having here into just know like long make many more most much must need only other over really same some such than that their them then there these they thing things think this those through very want well were what when where which while will with would your yours you\'re yeah okay right sure good great kind sort maybe little able tell walk talk today said says mean back come going'
  ).split(' '),
);

function stem(word: string): string {
  return word.replace(/(ing|ed|es|s|ly)$/, '').slice(0, 8);
}

/** Content-word stems of a text (words of 4+ letters that are not stop words). */
export function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (word.length < 4 || STOP.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

/**
 * Words that point back at what was just said: a demonstrative or "it" used as a pronoun (after a
 * verb or preposition, or before a verb), "why is that", "how so", "you mentioned/said".
 */
const POINTS_BACK = [
  /\b(?:makes?|made|keeps?|kept|causes?|caused|means?|meant|costs?|cost|affects?|affected|changes?|changed|drives?|drove|about|with|behind|from|on|of|by|after|since|like|to)\s+(?:that|this|those|it)\b(?!\s+(?:you|your|we|our|the|a|an|is|are|was|were)\b)/,
  /\b(?:that|this|those|it)\s+(?:is|was|has|had|have|been|be|end|ends|ended|cost|costs|mean|means|meant|feel|feels|felt|affect|affects|affected|happen|happens|happened|leave|leaves|left|look|looks|play|plays|played|land|lands|come|comes|came|go|goes|went|sit|sits|hit|hits|show|shows|translate|translates|tie|ties|impact|impacts|sound|sounds|start|started|keep|keeps)\b/,
  /^(?:so\s+)?(?:why|how so|how come|meaning|as in|such as|like what|in what way)\b/,
  /\byou(?:'ve|\s+have)?\s+(?:just\s+)?(?:mentioned|said|told me|described|brought up|raised|talked about)\b/,
  /\b(?:go|going)\s+back\s+to\b|\bsay more\b|\btell me more\b|\bexpand on\b|\bunpack\b/,
];

/** Does the question point back at the customer's last turn without repeating its words? */
export function pointsBack(question: string): boolean {
  const text = question.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return POINTS_BACK.some((pattern) => pattern.test(text));
}

export function buildsOn(question: string, previousCustomerTurn: string | undefined): boolean {
  if (!previousCustomerTurn) return false;
  if (pointsBack(question)) return true;
  const theirs = contentStems(previousCustomerTurn);
  for (const s of contentStems(question)) if (theirs.has(s)) return true;
  return false;
}

/**
 * Does a rep question build on what the customer just said? A cheap lexical test: the question
 * shares a content word (crudely stemmed, stop words removed) with the customer's previous turn.
 * It misses synonyms and catches the odd coincidence, which is acceptable for a coaching hint
 * weighted at 10%; the analyzer's reflection label covers paraphrase.
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

export function buildsOn(question: string, previousCustomerTurn: string | undefined): boolean {
  if (!previousCustomerTurn) return false;
  const theirs = contentStems(previousCustomerTurn);
  for (const s of contentStems(question)) if (theirs.has(s)) return true;
  return false;
}

/**
 * The analyzer's hand-written scanners are speed devices: each must give exactly what the regex it
 * replaces gives, for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BREAK, splitClauses, words } from '../../../core/analyzer/text';

/** Text built from the pieces the patterns care about, so odd joins come up often. */
const text = fc
  .array(
    fc.constantFrom('what', 'how', 'do', 'is', 'you', 'and', 'the', 'or', 'so', 'a', "'s", "don't", 'x-ray', ' ', '  ', ',', ', ', ';', ':', ': ', '.', '...', '…', ' — ', ' - ', '-', "'", '\u00a0', '\t', 'é', 'ß', 'Ω', '7', '?', 'you guys ', "y'all ", ' and ', 'how ', 'what ', 'do you ', 'is it ', 'are '),
    { maxLength: 30 },
  )
  .map((p) => p.join(''));

describe('text scanners', () => {
  it('split clauses exactly where the clause-break pattern does', () => {
    fc.assert(fc.property(text, (t) => { expect(splitClauses(t)).toEqual(t.split(CLAUSE_BREAK)); }), { numRuns: 2000 });
    for (const t of ['so, what do you do, and how do you track it', 'first — is it the cost... what happens; then: how are you set up', 'tell me about the team and how do they plan shifts', ''])
      expect(splitClauses(t)).toEqual(t.split(CLAUSE_BREAK));
  });

  it('find the same words as the word pattern', () => {
    const byRegex = (t: string) => t.match(/[a-z0-9\u00c0-\u024f]+(?:['-][a-z0-9\u00c0-\u024f]+)*/g) ?? [];
    fc.assert(fc.property(text, (t) => { expect(words(t)).toEqual(byRegex(t)); }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (t) => { expect(words(t)).toEqual(byRegex(t)); }), { numRuns: 1000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreConversation, toStoredScore } from '../../../core/scoring';
import { StoredScore } from '../../../core/session/types';

describe('scoring arbitrary conversations', () => {
  it('always yields headline scores between 0 and 100 that a session can store', () => {
    const turn = fc.record({
      speaker: fc.constantFrom('rep' as const, 'customer' as const),
      text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom('', '???', 'We are the best. Sign today!', 'What is hard about that?')),
    });
    fc.assert(
      fc.property(fc.array(turn, { maxLength: 25 }), (turns) => {
        const card = scoreConversation(turns);
        for (const score of [card.listening, card.pitching]) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(StoredScore.safeParse(toStoredScore(card)).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

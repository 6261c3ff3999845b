import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTurn } from '../../../core/analyzer/index';
import type { TurnAnalysis } from '../../../core/analyzer/types';

const QUESTIONS = ['open', 'closed', 'none'];
const SPINS = ['situation', 'problem', 'implication', 'need_payoff', 'none'];

function expectWellFormed(a: TurnAnalysis): void {
  expect(QUESTIONS).toContain(a.question);
  expect(SPINS).toContain(a.spin);
  expect(a.question === 'none').toBe(a.spin === 'none');
  for (const b of [a.reflect, a.pitch, a.valueLink, a.pressure, a.inform]) expect(typeof b).toBe('boolean');
  if (a.valueLink) expect(a.pitch).toBe(true);
  if (a.pitch) expect(a.inform).toBe(true);
  expect(Array.isArray(a.acts)).toBe(true);
  expect(Number.isInteger(a.words) && a.words >= 0).toBe(true);
  expect(a.focus.customer).toBeGreaterThanOrEqual(0);
  expect(a.focus.self).toBeGreaterThanOrEqual(0);
  for (const r of a.reasons) expect(typeof r).toBe('string');
}

/** Strings a rep (or a broken paste) might produce: words, emoji, RTL text, control characters, punctuation. */
const piece = fc.oneof(
  fc.constantFrom('how', 'what', 'do you', 'we', 'our platform', 'so', 'sounds like', '$40', 'sign today', '?', '.', ',', ' — ', '!!!', '\n'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('😀🚀', 'مرحبا كيف حالك؟', 'שלום, מה שלומך?', '\u202e\u202d', '\u0000\u0007\u001b', '\ufeff', '…??', '"\'`'),
);
const turn = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

describe('analyzer robustness', () => {
  it('returns a well-formed result for arbitrary text and never throws', () => {
    fc.assert(
      fc.property(turn, fc.option(turn, { nil: undefined }), (text, prev) => {
        expectWellFormed(analyzeTurn(text, { prev }));
      }),
      { numRuns: 400 },
    );
  });

  it('handles arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectWellFormed(analyzeTurn(text))), { numRuns: 300 });
  });

  it.each([
    ['empty', ''],
    ['only punctuation', '?!.,;:—…'.repeat(50)],
    ['100 KB of prose', 'So how does the team handle returns, and what does that cost you? '.repeat(1600)],
    ['100 KB without spaces', 'a'.repeat(100_000)],
    ['control characters', '\u0000\u0001\u0002\u001f\u007f'.repeat(100)],
    ['emoji', '🙂🔥💸'.repeat(300)],
    ['right-to-left', 'هل يمكنك أن تخبرني عن عمليتك؟ '.repeat(200)],
  ])('copes with %s input', (_name, text) => {
    expectWellFormed(analyzeTurn(text, { prev: text }));
  });

  it('is deterministic', () => {
    const text = 'Sounds like month-end is brutal. What would it mean if it took two days?';
    expect(analyzeTurn(text, { prev: 'Month-end takes us ten days.' })).toEqual(analyzeTurn(text, { prev: 'Month-end takes us ten days.' }));
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actGateMisses } from '../../../core/analyzer/acts';
import { pitchGateMisses } from '../../../core/analyzer/pitch';
import { pressureGateMisses } from '../../../core/analyzer/pressure';
import { reflectGateMisses } from '../../../core/analyzer/reflect';
import { analyzeTurn } from '../../../core/analyzer/index';
import { normalise, words } from '../../../core/analyzer/text';

/**
 * Keyword gates are a speed device: a cue's regex only runs when the turn holds one of its gate words, so a
 * gate word left out silently loses that cue's matches. Every labelled turn we hold is checked here.
 */
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'analyzer');
const texts = [
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { text: string }).text),
  // A held-out turn whose customer citation ("we do … at three of our sites") a gate without "do" shut out.
  'We do halal as standard at three of our sites in Walsall and Dudley, and the menu rotates every week.',
];

function misses(check: (turn: { norm: string; tokens: Set<string> }) => (number | string)[]): string[] {
  return texts.flatMap((text) => {
    const norm = normalise(text);
    return check({ norm, tokens: new Set(words(norm)) }).map((cue) => `cue ${cue}: ${text}`);
  });
}

describe('keyword gates', () => {
  it(`never shut out a pitch cue that matches, on ${texts.length} labelled turns`, () => {
    expect(texts.length).toBeGreaterThan(10_000);
    expect(misses(pitchGateMisses)).toEqual([]);
  });

  it('never shut out a pressure cue that matches', () => {
    expect(misses(pressureGateMisses)).toEqual([]);
  });

  it('never shut out a feeling, reframe or social-act lexicon that matches', () => {
    expect(misses(({ norm, tokens }) => [...reflectGateMisses(norm, tokens), ...actGateMisses(norm, tokens)])).toEqual([]);
  });

  it('open on the parts of a hyphenated word and before an apostrophe ("a 20-minute slot next Tuesday" proposes a next step)', () => {
    expect(analyzeTurn('Could I grab a 20-minute slot with you next Tuesday?').acts).toContain('next_step');
    expect(analyzeTurn("My calendar's open next Thursday if that suits?").acts).toContain('next_step');
    expect(analyzeTurn("End of the month is fine, but the promo'll be gone by then.").pitch).toBe(true);
  });

  it('do shut out the regex when no gate word is there (the check is not vacuous)', () => {
    const norm = "it's not scaremongering, it's just how it is";
    expect(pressureGateMisses({ norm, tokens: new Set(words(norm).filter((w) => w !== 'scaremongering')) })).not.toEqual([]);
  });
});

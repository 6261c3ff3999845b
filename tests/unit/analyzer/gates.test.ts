import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pitchGateMisses } from '../../../core/analyzer/pitch';
import { pressureGateMisses } from '../../../core/analyzer/pressure';
import { normalise, words } from '../../../core/analyzer/text';

/**
 * Keyword gates are a speed device: a cue's regex only runs when the turn holds one of its gate words, so a
 * gate word left out silently loses that cue's matches. Every labelled turn we hold is checked here.
 */
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'analyzer');
const texts = readdirSync(fixtures)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(fixtures, f), 'utf8').split('\n').filter((l) => l.trim()))
  .map((l) => (JSON.parse(l) as { text: string }).text);

function misses(check: (turn: { norm: string; tokens: Set<string> }) => number[]): string[] {
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

  it('do shut out the regex when no gate word is there (the check is not vacuous)', () => {
    const norm = "it's not scaremongering, it's just how it is";
    expect(pressureGateMisses({ norm, tokens: new Set(words(norm).filter((w) => w !== 'scaremongering')) })).not.toEqual([]);
  });
});

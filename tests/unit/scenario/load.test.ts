import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadScenario } from '../../../core/scenario';
import { run as check } from '../../../cli/commands/check';
import { captureIo, fixture, root } from './helpers';

/** Each broken file and exactly what `check` must say about it. */
const BROKEN: Record<string, string[]> = {
  'alias-bomb.yaml': ['tests/fixtures/scenarios/broken/alias-bomb.yaml:1:1: error: too many alias expansions (the limit is 50); scenarios should not need YAML aliases'],
  'binary.yaml': ['tests/fixtures/scenarios/broken/binary.yaml:1:8: error: file looks binary (control or invalid byte); a scenario is a UTF-8 YAML text file'],
  'deeply-nested.yaml': ['tests/fixtures/scenarios/broken/deeply-nested.yaml:2:41: error: nesting is deeper than 32 levels'],
  'duplicate-keys.yaml': ['tests/fixtures/scenarios/broken/duplicate-keys.yaml:5:1: error: duplicate key (each key may appear once in a mapping)'],
  'empty.yaml': ['tests/fixtures/scenarios/broken/empty.yaml:1:1: error: file is empty; a scenario needs at least id, title, persona, needs…'],
  'no-winning-path.yaml': ['tests/fixtures/scenarios/broken/no-winning-path.yaml:89:14: error: ending.next_step: state nextStepAgreed is unreachable: no conversation wins a next step; lower the needs, depth or trust required'],
  'not-a-mapping.yaml': ['tests/fixtures/scenarios/broken/not-a-mapping.yaml:1:1: error: a scenario is a mapping of keys (id, title, persona…), not a list'],
  'syntax-error.yaml': ['tests/fixtures/scenarios/broken/syntax-error.yaml:3:1: error: YAML indentation error: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  'unknown-guard.yaml': ['tests/fixtures/scenarios/broken/unknown-guard.yaml:94:18: error: phases[0].when[0].guard: unknown guard; use one of hasRevealed, hasUncoveredEnough, isTrustAtLeast, isTrustLow, hasRaisedObjection, hasTurnsAtLeast, isInPhase'],
  'unknown-reference.yaml': ['tests/fixtures/scenarios/broken/unknown-reference.yaml:71:31: error: wants[0].real_need: unknown need "budget"'],
  'unreachable-phase.yaml': ['tests/fixtures/scenarios/broken/unreachable-phase.yaml:94:7: error: phases[0].when: phase "cfo-joins" is unreachable: its conditions never hold in any conversation'],
  'unreachable-state.yaml': ['tests/fixtures/scenarios/broken/unreachable-state.yaml:29:18: error: trust.guarded_below: state guarded is unreachable: trust never falls below guarded_below'],
  'wrong-types.yaml': [
    'tests/fixtures/scenarios/broken/wrong-types.yaml:6:13: error: difficulty: Invalid option: expected one of "easy"|"medium"|"hard"',
    'tests/fixtures/scenarios/broken/wrong-types.yaml:15:22: error: persona.patience.turns: Invalid input: expected number, received string',
    'tests/fixtures/scenarios/broken/wrong-types.yaml:38:5: error: needs[1]: unknown key "colour"',
  ],
};

describe('loading scenario files', () => {
  for (const [name, expected] of Object.entries(BROKEN)) {
    it(`should refuse broken/${name} with exactly the expected error`, async () => {
      const io = captureIo();
      const code = await check([`tests/fixtures/scenarios/broken/${name}`], io);
      expect(code).toBe(1);
      expect(io.err).toEqual(expected);
    });
  }

  it('should refuse a file over 1 MB without parsing it', () => {
    const result = loadScenario(`id: huge\nnotes: "${'x'.repeat(1_100_000)}"\n`, 'huge.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map(formatProblem)).toEqual(['huge.yaml:1:1: error: file is too large (1100019 characters; the limit is 1000000)']);
  });

  it('should list every schema problem at once, each with a position', () => {
    const result = loadScenario(readFileSync(fixture('broken/wrong-types.yaml'), 'utf8'), 'w.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(3);
  });

  it('should accept the compact valid fixture and fill in defaults', () => {
    const result = loadScenario(readFileSync(fixture('minimal.yaml'), 'utf8'), 'minimal.yaml');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.trust.changes.pitch).toBe(-8);
      expect(result.scenario.needs.filter((n) => n.top_of_mind).map((n) => n.id)).toEqual(['billing']);
    }
  });

  it('should never throw, whatever the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const result = loadScenario(text, 'fuzz.yaml');
      return result.ok || result.problems.every((p) => p.line >= 1 && p.col >= 1 && p.message.length > 0);
    }), { numRuns: 300 });
  });
});

describe('the practice block', () => {
  const source = readFileSync(fixture('minimal.yaml'), 'utf8');
  const withPractice = (block: string) => source.replace(/^ending:/m, `${block}\nending:`);

  it('should fill both settings with their defaults when the block is left out', () => {
    const result = loadScenario(source, 'minimal.yaml');
    expect(result.ok && result.scenario.practice).toEqual({ exam_mode: false, show_mood: true });
  });

  it('should keep what the file sets and default the rest', () => {
    const result = loadScenario(withPractice('practice: { show_mood: false }'), 'minimal.yaml');
    expect(result.ok && result.scenario.practice).toEqual({ exam_mode: false, show_mood: false });
    const exam = loadScenario(withPractice('practice:\n  exam_mode: true'), 'minimal.yaml');
    expect(exam.ok && exam.scenario.practice).toEqual({ exam_mode: true, show_mood: true });
  });

  it('should point at a setting of the wrong type with its line and column', () => {
    const text = withPractice('practice:\n  exam_mode: "yes"\n  mood: false');
    const line = text.split('\n').indexOf('  exam_mode: "yes"') + 1;
    const result = loadScenario(text, 'p.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(formatProblem)).toEqual([
        `p.yaml:${line}:3: error: practice: unknown key "mood"`,
        `p.yaml:${line}:14: error: practice.exam_mode: Invalid input: expected boolean, received string`,
      ]);
    }
  });

  it('should hide the mood indicator on the two hard library scenarios', () => {
    for (const id of ['skeptic-burned-by-vendors', 'time-pressed-executive']) {
      const result = loadScenario(readFileSync(`${root}scenarios/${id}.yaml`, 'utf8'), id);
      expect(result.ok && result.scenario.practice, id).toEqual({ exam_mode: false, show_mood: false });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadScenario, playLines, type Scenario } from '../../../core/scenario';
import { hintFor, modelQuestion, scoreCall, tagsFor, typingDelayMs } from '../../../renderer/src/features/practice/call-model';
import scenarioYaml from '../../../scenarios/overwhelmed-practice-manager.yaml?raw';
import listeningScript from '../../fixtures/scripts/listening.txt?raw';
import pitchingScript from '../../fixtures/scripts/pitching.txt?raw';

const SCRIPTS = { 'listening.txt': listeningScript, 'pitching.txt': pitchingScript };
function bundled(): Scenario {
  const loaded = loadScenario(scenarioYaml, 'overwhelmed-practice-manager.yaml');
  if (!loaded.ok) throw new Error(`the bundled scenario does not load: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.scenario;
}
const script = (name: keyof typeof SCRIPTS) =>
  SCRIPTS[name].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

describe('scoring a finished call', () => {
  const scenario = bundled();

  it('scores a listening call above a pitching one, with the engine’s needs and outcome', () => {
    const listening = scoreCall(scenario, 11, script('listening.txt'));
    const pitching = scoreCall(scenario, 11, script('pitching.txt'));
    expect(listening.card.outcome).toBe('next_step');
    expect(listening.card.listening).toBeGreaterThan(listening.card.pitching);
    expect(pitching.card.pitching).toBeGreaterThan(pitching.card.listening);
    expect(pitching.card.needs?.uncovered.length ?? 0).toBeLessThan(listening.card.needs?.uncovered.length ?? 0);
  });

  it('keeps the outcome of a call the rep hung up on', () => {
    expect(scoreCall(scenario, 3, script('listening.txt').slice(0, 3), 'brush_off').card.outcome).toBe('brush_off');
  });
});

describe('the debrief’s model question for a missed need', () => {
  const scenario = bundled();
  // Phase-gated needs open only later in a call; every other need must start to open.
  const open = scenario.needs.filter((n) => !n.phase);
  it.each(open.map((n) => [n.id, n] as const))('opens the need "%s" when asked after the greeting', (_id, need) => {
    const play = playLines(scenario, ['Hi, thanks for making the time today.', modelQuestion(need)], { seed: 5 });
    expect(play.turns[1]!.revealed[need.id]).not.toBe('none');
  });
});

describe('the model question an author wrote', () => {
  it('is the one the debrief shows', () => {
    const loaded = loadScenario(scenarioYaml.replace(/model_question: .*/, "model_question: '  How do you keep track of the week?  '"), 'x.yaml');
    if (!loaded.ok) throw new Error('the edited scenario does not load');
    expect(modelQuestion(loaded.scenario.needs[0]!)).toBe('How do you keep track of the week?');
  });
});

describe('hints', () => {
  const scenario = bundled();
  it('moves from opening up, to impact, to proposing a next step as the call deepens', () => {
    const zero = Object.fromEntries(scenario.needs.map((n) => [n.id, 0]));
    const need = scenario.needs[0]!.id;
    expect(hintFor(scenario, zero, null)).toMatch(/open question/);
    expect(hintFor(scenario, { ...zero, [need]: 2 }, need)).toMatch(/impact/);
    const deep = Object.fromEntries(scenario.needs.map((n) => [n.id, 4]));
    expect(hintFor(scenario, deep, need)).toMatch(/next step/);
  });
});

describe('transcript tags', () => {
  const labels = { question: 'none', spin: 'none', reflect: false, pitch: false, valueLink: false, pressure: false, inform: false, reasons: [] } as const;

  it('names each kind of turn with the analyzer’s own reason', () => {
    const tags = tagsFor({ ...labels, question: 'open', reflect: true, reasons: ["open question: asks 'what'", 'reflection: names how it feels for them'] });
    expect(tags.map((t) => [t.label, t.reason])).toEqual([
      ['Open question', "open question: asks 'what'"],
      ['Reflection', 'reflection: names how it feels for them'],
    ]);
  });

  it('shows a value-linked pitch as value-linked rather than as a plain pitch, and flags pressure', () => {
    const tags = tagsFor({ ...labels, pitch: true, valueLink: true, pressure: true, reasons: ['pressure: false urgency'] });
    expect(tags.map((t) => t.label)).toEqual(['Value-linked', 'Pressure']);
    expect(tags[1]!.reason).toBe('pressure: false urgency');
  });
});

describe('typing delay', () => {
  it('grows with the reply and stays short', () => {
    expect(typingDelayMs('Yes.')).toBeLessThan(typingDelayMs('A much longer reply about the front desk and the phones.'));
    expect(typingDelayMs('x'.repeat(10_000))).toBeLessThanOrEqual(2800);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRepTurn } from '../../../core/scenario';
import { root, scenarioFrom } from './helpers';

/**
 * The debrief shows a need's model question when the rep missed that need. It must be advice that
 * works: an open question on that need's topic, with nothing in it the customer would hear as a
 * pitch, pressure or a premature proposal.
 */
const files = readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.yaml')).sort();
const cases = files.flatMap((file) => {
  const scenario = scenarioFrom(`${root}scenarios/${file}`);
  return scenario.needs.map((need) => [file, need.id, scenario, need] as const);
});

describe('model questions in the bundled library', () => {
  it.each(cases)('%s: the model question for "%s" is a clean question on that need', (_file, _id, scenario, need) => {
    expect(need.model_question).toBeTruthy();
    const heard = analyzeRepTurn(scenario, need.model_question!, []);
    expect(heard.question).not.toBe('none');
    expect(heard.topics).toContain(need.id);
    expect({ pitch: heard.pitch, pressure: heard.pressure, nextStep: heard.acts.includes('next_step') }).toEqual({ pitch: false, pressure: false, nextStep: false });
  });
});

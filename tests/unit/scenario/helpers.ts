/** Test helpers: load fixture scenarios and build analyzed rep turns without the analyzer. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TurnAnalysis } from '../../../core/analyzer/types';
import { loadScenario, type CallEvent, type Scenario } from '../../../core/scenario';
import type { CommandIo } from '../../../cli/io';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const fixture = (name: string) => `${root}tests/fixtures/scenarios/${name}`;

/** Loads a scenario file that must be valid. */
export function scenarioFrom(path: string): Scenario {
  const loaded = loadScenario(readFileSync(path, 'utf8'), path);
  if (!loaded.ok) throw new Error(`fixture ${path} is invalid: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.scenario;
}

/** A `rep.said` event with a hand-written analysis (the engine's contract with the analyzer). */
export function said(text: string, analysis: Partial<TurnAnalysis> = {}): CallEvent {
  return {
    type: 'rep.said',
    text,
    analysis: {
      question: 'none', spin: 'none', reflect: false, pitch: false, valueLink: false, pressure: false, inform: false,
      acts: [], focus: { customer: 0, self: 0 }, topics: [], preparation: [], words: text.split(/\s+/).length, reasons: [], ...analysis,
    },
  };
}

/** Captures a CLI command's output. */
export function captureIo(): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: root };
}

/**
 * The scenario engine's public API, used by the UI (as an XState actor in the renderer), the CLI
 * and the scorecard. Pure TypeScript: no Node, DOM or Electron APIs.
 *
 * ```ts
 * const loaded = loadScenario(yamlText, 'scenarios/x.yaml');
 * if (!loaded.ok) console.error(loaded.problems.map(formatProblem).join('\n'));
 * else {
 *   const actor = createActor(createScenarioMachine(loaded.scenario), { input: { seed: 7 } }).start();
 *   const text = 'What are your priorities this quarter?';
 *   actor.send({ type: 'rep.said', text, analysis: analyzeRepTurn(loaded.scenario, text, actor.getSnapshot().context.transcript) });
 *   readSnapshot(actor.getSnapshot()).lastReply;
 * }
 * ```
 */
export { loadScenario, formatProblem, problemAt, LIMITS, type Problem, type LoadResult } from './load';
export { createScenarioMachine, countUncovered, STATES, type StateName } from './machine';
export { analyzeRepTurn, analyzerContext, playLines, readSnapshot, type CallView, type PlayResult, type PlayedTurn, type ScenarioMachine, type ScenarioSnapshot } from './play';

export { Scenario, LAYERS, CONDITION_GUARDS, PHASE_ACTIONS, type Layer, type Need, type Practice } from './schema';
export type { CallEvent, RepSaidEvent, CallEndedEvent, CustomerContext, Move, MoveKind, Outcome } from './context';
export { analyzeScenarioGraph, abstractMoves, graphFindings, type GraphReport, type GraphFinding, type AbstractMove } from './graph';

/**
 * Running a scenario: analyze a rep line with the scenario's vocabulary, play a list of lines
 * through an actor, and read a snapshot into plain data for the UI, CLI and scoring.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { analyzeTurn } from '../analyzer';
import type { ConversationTurn, TurnAnalysis } from '../analyzer/types';
import type { Outcome } from './context';
import { createScenarioMachine, type StateName } from './machine';
import { LAYERS, type Layer, type Scenario } from './schema';

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;

/** The analyzer's vocabulary for a scenario: its product, its needs (with stated-want words) and its brief. */
export function analyzerContext(scenario: Scenario) {
  return {
    product: { name: scenario.product.name, terms: scenario.product.capabilities.flatMap((c) => [c.name, ...c.phrases]) },
    topics: scenario.needs.map((n) => ({ id: n.id, terms: [...n.terms, ...scenario.wants.filter((w) => w.real_need === n.id).flatMap((w) => w.terms)] })),
    brief: scenario.brief.map((b) => ({ id: b.id, terms: b.terms })),
  };
}

/** Analyzes one rep line in the light of the scenario and the conversation so far (oldest first). */
export function analyzeRepTurn(scenario: Scenario, text: string, history: ConversationTurn[]): TurnAnalysis {
  const prev = [...history].reverse().find((t) => t.speaker === 'customer')?.text ?? '';
  return analyzeTurn(text, { ...analyzerContext(scenario), prev, history });
}

/** A plain reading of where a call stands. */
export interface CallView {
  state: StateName;
  trust: number;
  /** Deepest layer disclosed per need id ('none' when untouched). */
  revealed: Record<string, Layer | 'none'>;
  outcome: Outcome;
  lastReply: string;
  phase: string | null;
  needs: { uncovered: Array<{ id: string; depth: Layer }>; missed: string[] };
}

/** Reads a snapshot of a scenario machine into a `CallView`. */
export function readSnapshot(snapshot: ScenarioSnapshot): CallView {
  const ctx = snapshot.context;
  const revealed: Record<string, Layer | 'none'> = {};
  const uncovered: Array<{ id: string; depth: Layer }> = [];
  const missed: string[] = [];
  for (const [id, d] of Object.entries(ctx.depth)) {
    const layer = LAYERS[d - 1];
    revealed[id] = layer ?? 'none';
    // A need counts as uncovered once its problem is out; a situation fact alone is not discovery.
    if (layer && d >= 2) uncovered.push({ id, depth: layer });
    else missed.push(id);
  }
  return {
    state: snapshot.value as StateName,
    trust: Math.round(ctx.trust),
    revealed,
    outcome: ctx.outcome,
    lastReply: ctx.lastReply,
    phase: ctx.phases[ctx.phases.length - 1] ?? null,
    needs: { uncovered, missed },
  };
}

export interface PlayedTurn {
  rep: string;
  customer: string;
  state: StateName;
  trust: number;
  revealed: Record<string, Layer | 'none'>;
  analysis: TurnAnalysis;
}

export interface PlayResult {
  scenario: string;
  seed: number;
  turns: PlayedTurn[];
  outcome: Outcome;
  needs: CallView['needs'];
  /** The final snapshot, e.g. to continue the call in the UI after a replay. */
  snapshot: ScenarioSnapshot;
  /** The whole conversation, oldest first. */
  transcript: ConversationTurn[];
}

/**
 * Plays rep lines against a scenario from the start. Deterministic: the same seed and lines give
 * the same conversation. Stops early when the call ends (remaining lines are not played).
 */
export function playLines(scenario: Scenario, lines: readonly string[], options: { seed: number; machine?: ScenarioMachine }): PlayResult {
  const actor = createActor(options.machine ?? createScenarioMachine(scenario), { input: { seed: options.seed } }).start();
  const turns: PlayedTurn[] = [];
  for (const text of lines) {
    if (actor.getSnapshot().status !== 'active') break;
    const analysis = analyzeRepTurn(scenario, text, actor.getSnapshot().context.transcript);
    actor.send({ type: 'rep.said', text, analysis });
    const view = readSnapshot(actor.getSnapshot());
    turns.push({ rep: text, customer: view.lastReply, state: view.state, trust: view.trust, revealed: view.revealed, analysis });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  const view = readSnapshot(snapshot);
  return { scenario: scenario.id, seed: options.seed, turns, outcome: view.outcome, needs: view.needs, snapshot, transcript: snapshot.context.transcript };
}

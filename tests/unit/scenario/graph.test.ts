import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { abstractMoves, analyzeScenarioGraph, createScenarioMachine, graphFindings, readSnapshot, STATES, type ScenarioSnapshot } from '../../../core/scenario';
import { fixture, root, scenarioFrom } from './helpers';

const minimal = scenarioFrom(fixture('minimal.yaml'));

describe('graph analysis', () => {
  it('should find every state, every layer and a winning path in a sound scenario', () => {
    const report = analyzeScenarioGraph(minimal);
    expect(Object.values(report.states).every(Boolean)).toBe(true);
    expect(report.unreachableLayers).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(graphFindings(minimal, report)).toEqual([]);
    expect(report.shortestWin?.at(-1)).toBe('propose a next step');
  });

  it('should replay the shortest winning path on the real machine and win (model-based)', () => {
    // The skeptic's spiral opens only to trust that reflections earn faster than questions: a search
    // that merged conversations by trust band kept the slower one and reported no win.
    for (const path of [fixture('minimal.yaml'), `${root}scenarios/overwhelmed-practice-manager.yaml`, `${root}scenarios/skeptic-burned-by-vendors.yaml`]) {
      const scenario = scenarioFrom(path);
      const win = analyzeScenarioGraph(scenario).shortestWin ?? [];
      const actor = createActor(createScenarioMachine(scenario), { input: { seed: 9 } }).start();
      for (const label of win) {
        const move = abstractMoves(scenario, actor.getSnapshot().context).find((m) => m.label === label);
        expect(move, `move "${label}" should be available`).toBeDefined();
        if (move) actor.send(move.event);
      }
      expect(readSnapshot(actor.getSnapshot()).outcome).toBe('next_step');
    }
  });

  it('should reach the ending states through the moves it reports (pressure ends the call)', () => {
    const actor = createActor(createScenarioMachine(minimal), { input: { seed: 1 } }).start();
    for (let i = 0; i < 6 && actor.getSnapshot().status === 'active'; i++) {
      const pressure = abstractMoves(minimal, actor.getSnapshot().context).find((m) => m.label === 'pressure them');
      if (pressure) actor.send(pressure.event);
    }
    expect(readSnapshot(actor.getSnapshot()).state).toBe('endedEarly');
  });

  it('should reach every state along the shortest paths xstate/graph finds, replayed on a live actor', () => {
    const machine = createScenarioMachine(minimal);
    const paths = getShortestPaths(machine, {
      input: { seed: 5 },
      events: (snapshot: ScenarioSnapshot) => abstractMoves(minimal, snapshot.context, 'bad').map((m) => m.event),
      serializeState: (snapshot: ScenarioSnapshot) => `${String(snapshot.value)}|${Math.floor(snapshot.context.trust / 10)}|${Object.values(snapshot.context.depth).join('')}`,
      stopWhen: (snapshot: ScenarioSnapshot) => snapshot.status !== 'active',
    } as never);
    const byState = new Map(paths.map((p) => [String(p.state.value), p]));
    expect([...byState.keys()].sort()).toEqual([...STATES].sort());
    for (const [state, path] of byState) {
      const actor = createActor(machine, { input: { seed: 5 } }).start();
      for (const step of path.steps) actor.send(step.event);
      expect(readSnapshot(actor.getSnapshot()).state, `path to ${state}`).toBe(state);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createScenarioMachine, loadScenario, readSnapshot, type CallEvent } from '../../../core/scenario';
import { run as check } from '../../../cli/commands/check';
import { run as play } from '../../../cli/commands/play';
import { captureIo, root, said, scenarioFrom } from './helpers';

/** Every bundled scenario, so new library files are tested automatically. */
const files = readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.yaml')).sort();
const DEPTH = ['situation', 'problem', 'implication', 'need_payoff'];

interface Played {
  outcome: string;
  turns: Array<{ rep: string; customer: string }>;
  needs: { uncovered: Array<{ id: string; depth: string }>; missed: string[] };
  scorecard?: { listening: number };
}

async function playScript(file: string, script: string, seed = 1): Promise<Played> {
  const io = captureIo();
  const code = await play([`scenarios/${file}`, '--rep', `tests/fixtures/scripts/${script}`, '--seed', String(seed), '--json'], io);
  expect(io.err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(io.out.join('')) as Played;
}
const deep = (p: Played) => p.needs.uncovered.filter((n) => DEPTH.indexOf(n.depth) >= 2).length;

describe('the scenario library', () => {
  it('should have files to test', () => expect(files.length).toBeGreaterThan(0));

  for (const file of files) {
    describe(file, () => {
      it('should pass check', async () => {
        const io = captureIo();
        const code = await check([`scenarios/${file}`], io);
        expect(io.err).toEqual([]);
        expect(code).toBe(0);
      });

      it('should have in-character replies to small talk, to empathy and to questions with nothing deeper to say', () => {
        const loaded = loadScenario(readFileSync(`${root}scenarios/${file}`, 'utf8'), file);
        expect(loaded.ok && loaded.scenario.reactions.greeting?.length).toBeGreaterThanOrEqual(3);
        expect(loaded.ok && loaded.scenario.reactions.reflected?.length).toBeGreaterThanOrEqual(3);
        expect(loaded.ok && loaded.scenario.reactions.told_all?.length).toBeGreaterThanOrEqual(3);
        expect(loaded.ok && loaded.scenario.reactions.next_step_not_yet?.length).toBeGreaterThanOrEqual(3);
      });

      it('should agree a next step with a prepared rep who follows each answer to what it costs', async () => {
        for (const seed of [1, 2]) {
          const prepared = await playScript(file, `prepared/${file.replace(/\.yaml$/, '.txt')}`, seed);
          expect(prepared.outcome).toBe('next_step');
          expect(deep(prepared)).toBeGreaterThanOrEqual(2);
        }
      });

      it('should warn a pitching rep once they turn guarded, and take at least three pitch turns to hang up', () => {
        const scenario = scenarioFrom(`${root}scenarios/${file}`);
        const machine = createScenarioMachine(scenario);
        const pitch = said('Our product is the best on the market.', { pitch: true, inform: true, acts: ['pitch', 'inform'] });
        const push = said('Sign today and I can take twenty percent off.', { pressure: true, pitch: true, acts: ['pressure', 'pitch'] });
        for (const order of [[pitch], [push], [pitch, push], [push, pitch]]) {
          const actor = createActor(machine, { input: { seed: 1 } }).start();
          actor.send(said('Hi, thanks for making time.', { acts: ['greeting', 'thanks'] }));
          let warnings = 0;
          let turns = 0;
          while (actor.getSnapshot().status === 'active' && turns < 12) {
            const before = actor.getSnapshot().value;
            actor.send(order[turns++ % order.length] as CallEvent);
            const after = actor.getSnapshot();
            if (before !== 'guarded' && after.value === 'guarded') {
              expect(scenario.reactions.warning?.some((w) => after.context.lastReply.endsWith(` ${w}`))).toBe(true);
              warnings++;
            }
          }
          expect(readSnapshot(actor.getSnapshot()).outcome).toBe('ended_early');
          expect(turns).toBeGreaterThanOrEqual(3);
          expect(warnings).toBeGreaterThan(0);
        }
      });

      it('should give every need a model question for the debrief', () => {
        const loaded = loadScenario(readFileSync(`${root}scenarios/${file}`, 'utf8'), file);
        const missing = loaded.ok ? loaded.scenario.needs.filter((n) => !n.model_question).map((n) => n.id) : ['(invalid file)'];
        expect(missing).toEqual([]);
      });

      it('should open up to a sound generic listening script', async () => {
        for (const seed of [1, 2]) {
          const result = await playScript(file, 'listening.txt', seed);
          expect(result.outcome).not.toBe('ended_early');
          expect(deep(result)).toBeGreaterThanOrEqual(2);
          expect(result.turns.every((t) => t.customer.length > 0)).toBe(true);
        }
      });

      it('should never agree a next step with a generic pitching script, and disclose less', async () => {
        const listening = await playScript(file, 'listening.txt');
        const pitching = await playScript(file, 'pitching.txt');
        expect(pitching.outcome).not.toBe('next_step');
        expect(pitching.needs.uncovered.length).toBeLessThan(listening.needs.uncovered.length);
      });
    });
  }
});

describe('the hard skeptic (skeptic-burned-by-vendors)', () => {
  it('should not give a generic listening script a next step, but should give one to a prepared rep who asks specifically', async () => {
    for (const seed of [1, 2]) {
      const generic = await playScript('skeptic-burned-by-vendors.yaml', 'listening.txt', seed);
      expect(generic.outcome).not.toBe('next_step');
      // He says the spiral stops; what it costs him is for a rep who has earned it.
      const spiral = generic.needs.uncovered.find((n) => n.id === 'unplanned-downtime')?.depth ?? 'situation';
      expect(DEPTH.indexOf(spiral)).toBeLessThan(DEPTH.indexOf('implication'));
      const prepared = await playScript('skeptic-burned-by-vendors.yaml', 'prepared/skeptic-burned-by-vendors.txt', seed);
      expect(prepared.outcome).toBe('next_step');
      expect(prepared.needs.uncovered).toContainEqual({ id: 'unplanned-downtime', depth: 'need_payoff' });
    }
  });
});

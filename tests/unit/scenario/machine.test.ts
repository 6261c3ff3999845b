import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { createScenarioMachine, readSnapshot, type Scenario } from '../../../core/scenario';
import { pickVariant } from '../../../core/scenario/rotation';
import { fixture, said, scenarioFrom } from './helpers';

const minimal = scenarioFrom(fixture('minimal.yaml'));

function start(scenario: Scenario = minimal, seed = 1) {
  return createActor(createScenarioMachine(scenario), { input: { seed } }).start();
}
const hello = said('Hi, thanks for making time.', { acts: ['greeting', 'thanks'] });
const ask = (spin: 'situation' | 'problem' | 'implication' | 'need_payoff', topics: string[] = []) =>
  said(`What about the ${spin} of ${topics.join(' ') || 'your business'}?`, { question: 'open', spin, acts: ['question'], topics });
const pitch = (text = 'Our widget has automation.') => said(text, { pitch: true, inform: true, acts: ['pitch', 'inform'] });
const pressure = said('Sign today for twenty percent off.', { pressure: true, pitch: true, acts: ['pressure', 'pitch'] });
const proposeNextStep = said('Shall we book a follow-up next week?', { question: 'closed', acts: ['question', 'next_step'] });

describe('the customer machine', () => {
  it('should answer a greeting with an opening line and move to discovery', () => {
    const actor = start();
    actor.send(hello);
    const view = readSnapshot(actor.getSnapshot());
    expect(view.state).toBe('discovery');
    expect(minimal.persona.opening).toContain(view.lastReply);
  });

  it('should volunteer the top-of-mind need to a generic good question (guard canRevealLayer, action revealLayer)', () => {
    const actor = start();
    actor.send(hello);
    actor.send(said('What are your priorities this year?', { question: 'open', spin: 'situation', acts: ['question'] }));
    const view = readSnapshot(actor.getSnapshot());
    expect(view.revealed.billing).toBe('situation');
    expect(view.lastReply).toMatch(/^billing situation/);
  });

  it('should follow the thread on generic follow-ups and open layers in order', () => {
    const actor = start();
    actor.send(ask('situation'));
    actor.send(said('What makes that hard?', { question: 'open', spin: 'problem', acts: ['question'] }));
    actor.send(said('What does that cost you?', { question: 'open', spin: 'implication', acts: ['question'] }));
    expect(readSnapshot(actor.getSnapshot()).revealed.billing).toBe('implication');
  });

  it('should never skip a layer: a deep question first gets the situation', () => {
    const actor = start();
    actor.send(ask('implication', ['churn']));
    expect(readSnapshot(actor.getSnapshot()).revealed.churn).toBe('situation');
  });

  it('should let a reflection open the next layer and raise trust more than a question', () => {
    const a = start();
    a.send(ask('situation', ['hiring']));
    a.send(ask('problem', ['hiring']));
    const b = start();
    b.send(ask('situation', ['hiring']));
    b.send(said('That sounds exhausting.', { reflect: true, acts: ['reflection'] }));
    expect(readSnapshot(b.getSnapshot()).revealed.hiring).toBe('problem');
    expect(readSnapshot(b.getSnapshot()).trust).toBeGreaterThan(readSnapshot(a.getSnapshot()).trust);
  });

  it('should raise the objection a pitch triggers and lower trust (action raiseObjection)', () => {
    const actor = start();
    actor.send(pitch('Our price is the best.'));
    const snap = actor.getSnapshot();
    expect(snap.context.objections).toEqual(['price']);
    expect(snap.context.trust).toBe(minimal.trust.start - 8);
  });

  it('should refuse deeper layers while guarded (guard isBlockedByTrust)', () => {
    const actor = start();
    actor.send(ask('situation', ['billing']));
    actor.send(pressure);
    actor.send(pressure);
    expect(readSnapshot(actor.getSnapshot()).state).toBe('guarded');
    actor.send(ask('problem', ['billing']));
    const view = readSnapshot(actor.getSnapshot());
    expect(view.revealed.billing).toBe('situation');
    expect(minimal.reactions.guarded).toContain(view.lastReply);
  });

  it('should warn when pressure turns the customer guarded, after their reaction (action warnGuarded)', () => {
    const actor = start();
    actor.send(pressure);
    expect(readSnapshot(actor.getSnapshot()).state).toBe('discovery');
    actor.send(pressure);
    const view = readSnapshot(actor.getSnapshot());
    expect(view.state).toBe('guarded');
    const [reaction, warning] = view.lastReply.split(/(?<=\.) /);
    expect(minimal.reactions.pressure).toContain(reaction);
    expect(minimal.reactions.warning).toContain(warning);
    actor.send(pitch());
    expect(readSnapshot(actor.getSnapshot()).state).toBe('guarded');
    expect(minimal.reactions.warning?.some((w) => actor.getSnapshot().context.lastReply.includes(w))).toBe(false);
  });

  it('should not warn when something other than a pitch turns them guarded, or when the scenario has no warning', () => {
    const rude = start({ ...minimal, trust: { ...minimal.trust, start: 28 } });
    rude.send(said('Did you watch the football?', { question: 'closed', spin: 'situation', acts: ['question'] }));
    expect(readSnapshot(rude.getSnapshot())).toMatchObject({ state: 'guarded', lastReply: expect.stringMatching(/^off_topic \w+\.$/) });
    const plain = start({ ...minimal, reactions: { ...minimal.reactions, warning: undefined } });
    plain.send(pressure);
    plain.send(pressure);
    expect(readSnapshot(plain.getSnapshot())).toMatchObject({ state: 'guarded', lastReply: expect.stringMatching(/^pressure \w+\.$/) });
  });

  it('should end the call early when trust runs out (guard isTrustGone)', () => {
    const actor = start();
    for (let i = 0; i < 4; i++) actor.send(pressure);
    const view = readSnapshot(actor.getSnapshot());
    expect(view.state).toBe('endedEarly');
    expect(view.outcome).toBe('ended_early');
    expect(minimal.reactions.ended_for_trust).toContain(view.lastReply);
  });

  it('should end the call when patience runs out, after a time warning', () => {
    const actor = start();
    const replies: string[] = [];
    for (let i = 0; i < minimal.persona.patience.turns && actor.getSnapshot().status === 'active'; i++) {
      actor.send(said('Okay.', { acts: ['agreement'] }));
      replies.push(actor.getSnapshot().context.lastReply);
    }
    expect(replies.some((r) => minimal.reactions.time_warning.some((w) => r.includes(w)))).toBe(true);
    expect(readSnapshot(actor.getSnapshot()).outcome).toBe('ended_early');
  });

  it('should defer a premature next step to wrap-up, then brush off a second one', () => {
    const actor = start();
    actor.send(proposeNextStep);
    expect(readSnapshot(actor.getSnapshot()).state).toBe('wrapUp');
    actor.send(proposeNextStep);
    expect(readSnapshot(actor.getSnapshot()).outcome).toBe('brush_off');
  });

  it('should agree a next step once enough needs are uncovered and trust is high (guard hasUncoveredEnough)', () => {
    const actor = start();
    for (const need of ['billing', 'hiring']) for (const spin of ['situation', 'problem', 'implication', 'need_payoff'] as const) actor.send(ask(spin, [need]));
    actor.send(proposeNextStep);
    const view = readSnapshot(actor.getSnapshot());
    expect(view.outcome).toBe('next_step');
    expect(view.needs.uncovered).toEqual([{ id: 'billing', depth: 'need_payoff' }, { id: 'hiring', depth: 'need_payoff' }]);
    expect(view.needs.missed).toEqual(['churn', 'tooling', 'reporting']);
  });

  it('should say the rep ignored an answer when they change topic right after a disclosure', () => {
    const actor = start();
    actor.send(ask('situation', ['billing']));
    actor.send(ask('problem', ['billing']));
    actor.send(ask('situation', ['churn']));
    expect(minimal.reactions.ignored_answer).toContain(actor.getSnapshot().context.lastReply);
    expect(readSnapshot(actor.getSnapshot()).revealed.churn).toBe('none');
  });

  it('should ask an unclear turn to be repeated, never stay silent', () => {
    const actor = start();
    actor.send(said('', { acts: ['unclear'], words: 0 }));
    expect(minimal.reactions.unclear).toContain(actor.getSnapshot().context.lastReply);
  });

  it('should steer an off-topic question back', () => {
    const actor = start();
    actor.send(said('Did you watch the football?', { question: 'closed', spin: 'situation', acts: ['question'] }));
    expect(minimal.reactions.off_topic).toContain(actor.getSnapshot().context.lastReply);
  });

  it('should end as a brush-off when the rep hangs up (event call.ended)', () => {
    const actor = start();
    actor.send({ type: 'call.ended' });
    expect(readSnapshot(actor.getSnapshot())).toMatchObject({ state: 'brushedOff', outcome: 'brush_off' });
  });

  it('should begin a phase when its named conditions hold, running its actions', () => {
    const withPhase: Scenario = {
      ...minimal,
      phases: [{ id: 'cfo', title: 'CFO joins', when: [{ guard: 'hasRevealed', need: 'billing', depth: 'problem' }], say: ['CFO here.', 'Hello, CFO.', 'Joining.'], actions: [{ action: 'extendPatience', turns: 5 }] }],
    };
    const machine = createScenarioMachine(withPhase);
    let [snap] = initialTransition(machine, { seed: 3 });
    [snap] = transition(machine, snap, ask('situation', ['billing']));
    expect(snap.context.phases).toEqual([]);
    [snap] = transition(machine, snap, ask('problem', ['billing']));
    expect(snap.context.phases).toEqual(['cfo']);
    expect(snap.context.patienceTurns).toBe(minimal.persona.patience.turns + 5);
    expect(withPhase.phases[0]?.say.some((line) => snap.context.lastReply.endsWith(line))).toBe(true);
  });
});

describe('variant rotation', () => {
  it('should use every variant once before repeating, and never repeat across cycles', () => {
    let state = { rng: 42, rotation: {} };
    const picks: number[] = [];
    for (let i = 0; i < 12; i++) {
      const p = pickVariant(state.rng, state.rotation, 'k', 4);
      picks.push(p.index);
      state = { rng: p.rng, rotation: p.rotation };
    }
    for (let c = 0; c < 3; c++) expect(new Set(picks.slice(c * 4, c * 4 + 4)).size).toBe(4);
    for (let i = 1; i < picks.length; i++) expect(picks[i]).not.toBe(picks[i - 1]);
  });

  it('should prefer the best-fitting unused variant, still without repeats in a cycle', () => {
    let state = { rng: 7, rotation: {} };
    const picks: number[] = [];
    for (let i = 0; i < 4; i++) {
      // Variant 2 fits best, then 0; 1 and 3 fit equally badly.
      const p = pickVariant(state.rng, state.rotation, 'k', 4, (v) => [1, 0, 5, 0][v] ?? 0);
      picks.push(p.index);
      state = { rng: p.rng, rotation: p.rotation };
    }
    expect(picks.slice(0, 2)).toEqual([2, 0]);
    expect(new Set(picks).size).toBe(4);
  });

  it('should give the same conversation for the same seed and may differ for another', () => {
    const script = [hello, ask('situation'), pitch(), pitch(), ask('problem'), said('Hmm.', { acts: ['agreement'] }), said('Right.', { acts: ['agreement'] })];
    const play = (seed: number) => {
      const actor = start(minimal, seed);
      for (const e of script) actor.send(e);
      return actor.getSnapshot().context.transcript;
    };
    expect(play(7)).toEqual(play(7));
    const others = [1, 2, 3, 4, 5].map((s) => JSON.stringify(play(s)));
    expect(new Set(others).size).toBeGreaterThan(1);
  });
});

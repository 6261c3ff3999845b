import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { createScenarioMachine, readSnapshot, type Scenario } from '../../../core/scenario';
import { fixture, said, scenarioFrom } from './helpers';

const minimal = scenarioFrom(fixture('minimal.yaml'));
const machine = createScenarioMachine(minimal);

function start(scenario: Scenario = minimal) {
  return createActor(scenario === minimal ? machine : createScenarioMachine(scenario), { input: { seed: 1 } }).start();
}
const question = (text: string, spin: 'situation' | 'problem' | 'implication' | 'none' = 'situation', topics: string[] = [], type: 'open' | 'closed' = 'open') =>
  said(text, { question: type, spin, acts: ['question'], topics });

/** Sends `event` and checks the reply is one of `lines`, nothing new is disclosed and trust moves by `change`. */
function expectReplyWithoutDisclosure(actor: ReturnType<typeof start>, event: ReturnType<typeof said>, lines: readonly string[] | undefined, change: number) {
  const before = readSnapshot(actor.getSnapshot());
  actor.send(event);
  const after = readSnapshot(actor.getSnapshot());
  expect(lines).toContain(after.lastReply);
  expect(after.revealed).toEqual(before.revealed);
  expect(after.trust).toBe(before.trust + change);
}

describe('small talk', () => {
  // The analyzer hears "how's it going?" as an open question; the customer hears a hello.
  const howsItGoing = said("Hi Test, how's it going?", { question: 'open', spin: 'problem', acts: ['question', 'greeting'] });
  const thanks = said('Thanks for making time today.', { acts: ['thanks'] });

  it('should answer "how\'s it going?" as the first turn with an opening line, not the off-topic reaction', () => {
    const [first] = initialTransition(machine, { seed: 1 });
    const [snap] = transition(machine, first, howsItGoing);
    expect(snap.context.move?.kind).toBe('greeting');
    expect(readSnapshot(snap)).toMatchObject({ state: 'discovery', trust: minimal.trust.start });
    expect(minimal.persona.opening).toContain(snap.context.lastReply);
  });

  it('should return later pleasantries with a greeting line, in rotation, at no cost in trust', () => {
    const actor = start();
    actor.send(howsItGoing);
    const replies: string[] = [];
    for (const e of [thanks, said('Good to speak with you, Test.', { acts: ['greeting'] }), said('How are you doing today?', { question: 'open', spin: 'situation', acts: ['question'] })]) {
      actor.send(e);
      replies.push(actor.getSnapshot().context.lastReply);
    }
    expect(new Set(replies).size).toBe(3);
    for (const r of replies) expect(minimal.reactions.greeting).toContain(r);
    expect(readSnapshot(actor.getSnapshot()).trust).toBe(minimal.trust.start);
  });

  it('should fall back to a generic line when a scenario has no greeting reaction', () => {
    const plain: Scenario = { ...minimal, reactions: { ...minimal.reactions, greeting: undefined } };
    const actor = start(plain);
    actor.send(howsItGoing);
    actor.send(thanks);
    expect(minimal.reactions.generic).toContain(actor.getSnapshot().context.lastReply);
  });

  it('should still treat a question after the pleasantry as discovery', () => {
    const actor = start();
    actor.send(said("Hi Test, how's it going? What are your priorities this year?", { question: 'open', spin: 'situation', acts: ['question', 'greeting'] }));
    expect(readSnapshot(actor.getSnapshot()).revealed.billing).toBe('situation');
  });

  it('should still steer a genuinely off-topic question back', () => {
    const actor = start();
    actor.send(howsItGoing);
    actor.send(question('Did you catch the game at the weekend?', 'situation', [], 'closed'));
    expect(minimal.reactions.off_topic).toContain(actor.getSnapshot().context.lastReply);
    expect(actor.getSnapshot().context.trust).toBe(minimal.trust.start + minimal.trust.changes.off_topic);
  });
});

describe('questions about the rep\'s own product', () => {
  it('should read "how has <product> been working for you?" as discovery and volunteer the top-of-mind need', () => {
    for (const text of ['How has Widget been working for you?', 'How are you finding Widget so far?', 'What do you make of the automation?']) {
      let [snap] = initialTransition(machine, { seed: 1 });
      [snap] = transition(machine, snap, question(text));
      expect(snap.context.move?.kind, text).toBe('reveal');
      expect(readSnapshot(snap).revealed.billing, text).toBe('situation');
    }
  });

  it('should engage the need the question names', () => {
    let [snap] = initialTransition(machine, { seed: 1 });
    [snap] = transition(machine, snap, question('How is Widget doing on the hiring side?', 'situation', ['hiring']));
    expect(readSnapshot(snap).revealed.hiring).toBe('situation');
  });
});

describe('repeated questions', () => {
  const priorities = question('What are your priorities?');

  it('should answer an identical repeat with the repeated-question reaction instead of opening the next need', () => {
    const actor = start();
    actor.send(priorities);
    expectReplyWithoutDisclosure(actor, priorities, minimal.reactions.repeated_question, minimal.trust.changes.repeated_question);
  });

  it('should treat a near-identical wording as a repeat, with a different variant each time', () => {
    const actor = start();
    actor.send(priorities);
    const replies: string[] = [];
    for (const text of ['What are your top priorities at the moment?', 'So what are your priorities right now?']) {
      actor.send(question(text));
      replies.push(actor.getSnapshot().context.lastReply);
    }
    for (const r of replies) expect(minimal.reactions.repeated_question).toContain(r);
    expect(replies[0]).not.toBe(replies[1]);
  });

  it('should move to the next need on different generic follow-ups, even asked twice', () => {
    const actor = start();
    actor.send(priorities);
    actor.send(question('What else is on your plate?'));
    actor.send(question('Anything else?', 'situation', [], 'closed'));
    actor.send(question('Anything else?', 'situation', [], 'closed'));
    const { revealed } = readSnapshot(actor.getSnapshot());
    expect(revealed).toMatchObject({ billing: 'situation', hiring: 'situation', churn: 'situation', tooling: 'situation' });
  });

  it('should not count the same follow-up on a different thread as a repeat', () => {
    const actor = start();
    const hard = question('What makes that hard?', 'problem');
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(hard);
    actor.send(question('What does that cost you?', 'implication'));
    actor.send(question('And how does hiring work today?', 'situation', ['hiring']));
    actor.send(hard);
    const view = readSnapshot(actor.getSnapshot());
    expect(view.revealed.hiring).toBe('problem');
    actor.send(hard);
    expect(minimal.reactions.repeated_question).toContain(actor.getSnapshot().context.lastReply);
  });

  it('should answer a question asked again after it was turned away for low trust', () => {
    const shy: Scenario = { ...minimal, trust: { ...minimal.trust, start: 26, layers: { ...minimal.trust.layers, problem: 32 } } };
    const actor = start(shy);
    const deeper = question('What makes billing hard?', 'problem', ['billing']);
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(deeper);
    expect(minimal.reactions.guarded).toContain(actor.getSnapshot().context.lastReply);
    actor.send(said('I saw the alpha news.', { preparation: ['f1'], acts: ['inform'] }));
    actor.send(said('I saw the beta news too.', { preparation: ['f2'], acts: ['inform'] }));
    actor.send(deeper);
    expect(readSnapshot(actor.getSnapshot()).revealed.billing).toBe('problem');
  });
});

describe('questions that ask past the next layer', () => {
  it('should answer "what would success look like?" after the problem with the cost and then the payoff', () => {
    const actor = start();
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(question('What makes that hard?', 'problem'));
    actor.send(said('What would success look like if that were solved?', { question: 'open', spin: 'need_payoff', acts: ['question'] }));
    const { context } = actor.getSnapshot();
    expect(readSnapshot(actor.getSnapshot()).revealed.billing).toBe('need_payoff');
    expect(context.lastReply).toMatch(/^billing implication \w+\. billing need_payoff \w+\.$/);
  });

  it('should still answer a deep question on a fresh topic with its situation only', () => {
    const actor = start();
    actor.send(said('What would success look like for hiring?', { question: 'open', spin: 'need_payoff', acts: ['question'], topics: ['hiring'] }));
    expect(readSnapshot(actor.getSnapshot()).revealed.hiring).toBe('situation');
  });

  it('should name the next thing when asked whether the current one is the biggest problem', () => {
    const actor = start();
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(question('What makes that hard?', 'problem'));
    actor.send(question('What does that cost you?', 'implication'));
    actor.send(question('Is that the biggest problem you have?', 'problem', [], 'closed'));
    expect(readSnapshot(actor.getSnapshot()).revealed.hiring).toBe('situation');
  });
});

describe('a lead-in statement before the question', () => {
  const reply = (text: string, topics: string[]) => {
    const [first] = initialTransition(machine, { seed: 1 });
    const [snap] = transition(machine, first, question(text, 'situation', topics));
    return readSnapshot(snap).revealed;
  };

  it('should read the topic from the question, not the lead-in', () => {
    const revealed = reply('I read about your hiring push. How is churn looking this year?', ['hiring', 'churn']);
    expect(revealed).toMatchObject({ churn: 'situation', hiring: 'none' });
  });

  it('should treat a generic open question after a lead-in as an opener (the top-of-mind need)', () => {
    const revealed = reply("I saw you've been hiring a lot since March. What's taking up your week?", ['hiring']);
    expect(revealed).toMatchObject({ billing: 'situation', hiring: 'none' });
  });

  it('should take the lead-in\'s topic when the question points back at it', () => {
    expect(reply("I saw you've been hiring a lot since March. How has that gone?", ['hiring'])).toMatchObject({ hiring: 'situation', billing: 'none' });
  });

  it('should not take "is there…" as pointing back', () => {
    expect(reply('I saw the churn figures. Is there anything on your plate this week?', ['churn'])).toMatchObject({ billing: 'situation', churn: 'none' });
  });
});

describe('empathy with nothing deeper to say yet', () => {
  const feeling = said('That sounds exhausting.', { reflect: true, acts: ['reflection'] });
  const tellAll = (actor: ReturnType<typeof start>) => {
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(question('What makes that hard?', 'problem'));
    actor.send(question('What does that cost you?', 'implication'));
    actor.send(said('What would it mean if that were solved?', { question: 'open', spin: 'need_payoff', acts: ['question'] }));
  };

  it('should take a reflection on a topic told in full with a reflected line, and still earn trust', () => {
    const actor = start();
    tellAll(actor);
    expect(readSnapshot(actor.getSnapshot()).revealed.billing).toBe('need_payoff');
    expectReplyWithoutDisclosure(actor, feeling, minimal.reactions.reflected, minimal.trust.changes.reflection);
  });

  it('should take a reflection blocked by low trust with a reflected line, not a rebuff', () => {
    const shy: Scenario = { ...minimal, trust: { ...minimal.trust, start: 26, layers: { ...minimal.trust.layers, problem: 40 } } };
    const actor = start(shy);
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(feeling);
    expect(actor.getSnapshot().context.move).toMatchObject({ kind: 'generic', reflection: true });
    expect(minimal.reactions.reflected).toContain(actor.getSnapshot().context.lastReply);
  });

  it('should fall back to a generic line when a scenario has no reflected reaction', () => {
    const actor = start({ ...minimal, reactions: { ...minimal.reactions, reflected: undefined } });
    tellAll(actor);
    actor.send(feeling);
    expect(minimal.reactions.generic).toContain(actor.getSnapshot().context.lastReply);
  });
});

describe('a follow-up that points back but uses another need\'s word', () => {
  it('should stay on the thread ("what does that cost you in churn?" right after the billing problem), not count as ignoring it', () => {
    const actor = start();
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(question('What makes billing hard?', 'problem', ['billing']));
    actor.send(question('What does that cost you in churn?', 'implication', ['churn']));
    expect(actor.getSnapshot().context.move).toMatchObject({ kind: 'reveal', need: 'billing', layer: 3 });
    expect(readSnapshot(actor.getSnapshot()).revealed).toMatchObject({ billing: 'implication', churn: 'none' });
  });

  it('should still call a plain change of topic right after a problem ignoring it', () => {
    const actor = start();
    actor.send(question('Tell me about billing.', 'situation', ['billing']));
    actor.send(question('What makes billing hard?', 'problem', ['billing']));
    actor.send(question('How does churn look?', 'situation', ['churn']));
    expect(actor.getSnapshot().context.move).toMatchObject({ kind: 'ignored', need: 'billing' });
  });
});

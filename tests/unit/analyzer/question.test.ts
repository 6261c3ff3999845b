import { describe, expect, it } from 'vitest';
import { analyzeTurn } from '../../../core/analyzer/index';
import { whOnlyStates } from '../../../core/analyzer/question';
import { normaliseTurn } from '../../../core/analyzer/text';

/** Hand-written examples of each question rule family (not taken from the dev set). */
const cases: [text: string, question: 'open' | 'closed' | 'none'][] = [
  // wh-questions that invite elaboration
  ['How does your team plan the weekly production schedule?', 'open'],
  ["What's behind the push to replace the old ERP?", 'open'],
  ['Why did the last rollout stall?', 'open'],
  // wh-questions asking for one fact
  ['How many nurses are on the night shift?', 'closed'],
  ['Who signs off on new software at the clinic?', 'closed'],
  ['When does your current lease on the scanners run out?', 'closed'],
  ['Which warehouse system are you on?', 'closed'],
  // auxiliary inversion: yes/no
  ['Do you track returns by store?', 'closed'],
  ['Is the CFO involved in this decision?', 'closed'],
  ['Would Monday or Wednesday suit you better?', 'closed'],
  // indirect questions are open even without a question mark
  ['Walk me through a typical month-end for your accounting team.', 'open'],
  ["I'm curious how the new hires learn the packing line.", 'open'],
  ['Do you mind walking me through how claims get approved?', 'open'],
  ['Can you tell me about the way orders reach the kitchen?', 'open'],
  ['Help me understand what the auditors flagged.', 'open'],
  // stacked questions: the last one decides
  ['What does onboarding look like today, and how many people do you hire each month?', 'closed'],
  ['Do you use a ticketing tool? How do agents decide what to pick up first?', 'open'],
  // questions without a question mark
  ['and what do the drivers do when a route changes', 'open'],
  // a checking statement ending in "?"
  ['So the backlog is mostly from the Denver site?', 'closed'],
  // rep statements that merely end with "?" (uptalk)
  ["I was hoping we could cover your reporting today?", 'none'],
  ['We also offer an integration with Xero?', 'none'],
  // rhetorical pitch questions are closed
  ['Wouldn\'t you love to close the books in two days instead of ten?', 'closed'],
  // not questions at all
  ['Thanks for making the time this morning.', 'none'],
  ['Will do, I will send the recap tonight.', 'none'],
  ['What I heard is that the warehouse is understaffed.', 'none'],
];

describe('question type', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(analyzeTurn(text).question).toBe(expected);
  });

  it('explains the decision in plain words', () => {
    const a = analyzeTurn('How does your team plan the weekly production schedule?');
    expect(a.reasons[0]).toMatch(/^open question: .*'how'/);
  });

  it('gives SPIN none when there is no question', () => {
    expect(analyzeTurn('Our platform automates reconciliation.').spin).toBe('none');
  });
});

describe('a statement a wh-word only embeds (where the model may not add a question)', () => {
  it.each([
    ['What I heard is that the warehouse is understaffed.', true],
    ['What Ledgerly does is match every invoice to its purchase order.', true],
    ['I completely get why a deposit would feel risky after what happened.', true],
    ['I can imagine how often that phone goes.', true],
    ['That tells me a fair bit about what the months since August have been like.', true],
    ['Sure. What they really need is a clean handover, honestly.', true],
    ['Okay, so forty thousand to work with. Let me explain what the crew meant by the roof survey', true],
    ["I'm not sure how decisions like this get made at the society", false],
    ['ok and how are you doing the rota at the moment', false],
    ['what does the team do when a driver calls in sick', false],
    ["I'd love to understand how returns work for you now", false],
    ['who else would be involved in deciding is it just you', false],
  ])('%s → %s', (text, states) => {
    expect(whOnlyStates(normaliseTurn(text))).toBe(states);
  });
});

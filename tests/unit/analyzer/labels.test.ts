import { describe, expect, it } from 'vitest';
import { analyzeTurn } from '../../../core/analyzer/index';

/** Hand-written behaviour tables per label (fresh examples, not from the dev set). */

describe('SPIN type of the question', () => {
  const cases: [string, string][] = [
    ['How many trucks are in the fleet today?', 'situation'],
    ['Who else is involved in choosing a payroll provider?', 'situation'],
    ["What's the hardest part of scheduling the substitute teachers?", 'problem'],
    ['Where does the current intake process fall short?', 'problem'],
    ['What does a missed delivery window cost you with the big grocers?', 'implication'],
    ['How does the backlog affect patient wait times?', 'implication'],
    ['If the reports built themselves, what would that mean for your analysts?', 'need_payoff'],
    ['What would success look like at the end of the first quarter?', 'need_payoff'],
    ['Why is solving this important to you this year?', 'need_payoff'],
    // Broader semantic classes: reactions, losses and their worth, worries, offers of help, rhetorical pitches.
    ['What would happen, audit-wise, if a batch record went missing?', 'implication'],
    ['How did the board react when the numbers came in?', 'implication'],
    ['How much revenue do you think that left on the table?', 'implication'],
    ["What's each cancelled appointment worth to you over a year?", 'implication'],
    ["What's made the team so skeptical of new tools?", 'problem'],
    ['How are the paper logs holding up?', 'problem'],
    // An offer to show something asks about a next step: coders of eight of our sets call it situation (one older set said need-payoff).
    ['Would it help to see how another clinic handled the switch?', 'situation'],
    ["Doesn't every plant manager want a line that tells them before it breaks?", 'need_payoff'],
  ];
  it.each(cases)('%s → %s', (text, spin) => {
    expect(analyzeTurn(text).spin).toBe(spin);
  });
});

describe('reflection', () => {
  const prev = 'Our pickers walk the whole warehouse for every order, and by Friday they are exhausted.';
  const cases: [string, boolean][] = [
    ['So your pickers are crossing the whole warehouse for each order and they are worn out by Friday.', true],
    ['Sounds like the week really grinds them down.', true],
    ['That must be exhausting for the crew.', true],
    ['So the walking is the real problem? How far is a typical pick route?', true],
    ['OK.', false],
    ['Got it.', false],
    ['Great. How many pickers are on a shift?', false],
    ['Our robots bring the shelves to the picker.', false],
  ];
  it.each(cases)('%s → %s', (text, reflect) => {
    expect(analyzeTurn(text, { prev }).reflect).toBe(reflect);
  });

  it('quotes the words the rep used, not their stems', () => {
    const a = analyzeTurn('Three warehouses, three stock counts. What is that like at quarter end?', { prev: 'Each of our three warehouses counts stock its own way.' });
    expect(a.reasons).toContain("reflection: paraphrases what they said ('three', 'warehouses')");
  });
});

describe('pitch and value-linked pitch', () => {
  const prev = 'Honestly the real pain is chasing signatures on change orders.';
  const cases: [string, boolean, boolean][] = [
    ['Our app collects e-signatures on change orders right from the job site.', true, true], // built from their own words
    ['Our app also does timesheets and daily logs.', true, false],
    ['We are the market leader in field service software.', true, false],
    ["It's only $35 per user per month.", true, false],
    ['Let me show you our dashboard.', true, false],
    ['More than 2,000 contractors use it every day.', true, false],
    ['Since you said chasing signatures is the pain, our app gets change orders signed on site so your PMs stop chasing them.', true, true],
    ['How do change orders get signed today?', false, false],
    ['What did you like about the last tool you tried?', false, false],
  ];
  it.each(cases)('%s → pitch %s, value link %s', (text, pitch, valueLink) => {
    const a = analyzeTurn(text, { prev });
    expect(a.pitch).toBe(pitch);
    expect(a.valueLink).toBe(valueLink);
    if (pitch) expect(a.inform).toBe(true);
  });

  it('recognises the scenario product by name', () => {
    const a = analyzeTurn('Ledgerline handles that in one click.', { product: { name: 'Ledgerline', terms: ['auto-matching'] } });
    expect(a.pitch).toBe(true);
    expect(a.reasons.some((r) => r.startsWith('pitch:'))).toBe(true);
  });
});

describe('pressure', () => {
  const cases: [string, boolean][] = [
    ['This discount expires on Friday, so I would lock it in now.', true],
    ['We only have two install slots left this quarter.', true],
    ["Let's get the contract signed this week.", true],
    ["That's not really a concern, every client says that at first.", true],
    ["I'll go ahead and send over the order form then.", true],
    ['Would it help to set up a call with your CFO next week?', false],
    ['Take your time, there is no rush on our side.', false],
  ];
  it.each(cases)('%s → %s', (text, pressure) => {
    expect(analyzeTurn(text).pressure).toBe(pressure);
  });
});

describe('acts the scenario engine relies on', () => {
  const cases: [string, string][] = [
    ['Hi Maria, good to meet you.', 'greeting'],
    ['Thanks so much for your time.', 'thanks'],
    ["Quick agenda: I'll ask about your process, then we can decide on next steps.", 'agenda'],
    ['Sure, that makes sense.', 'agreement'],
    ['Could we book a demo with your IT lead next Tuesday?', 'next_step'],
    ['Take care, talk soon.', 'closing'],
  ];
  it.each(cases)('%s → %s', (text, act) => {
    expect(analyzeTurn(text).acts).toContain(act);
  });

  it.each(['', '   ', '?!?!', '...', 'sdfghjk'])('marks %j as unclear', (text) => {
    const a = analyzeTurn(text);
    expect(a.acts).toEqual(['unclear']);
    expect(a.question).toBe('none');
  });
});

describe('focus, topics and preparation', () => {
  it('counts customer-centric versus self-centric words', () => {
    const a = analyzeTurn('We think our tool fits, but what matters to you and your team?');
    expect(a.focus).toEqual({ customer: 2, self: 2 });
  });

  it('does not count "I" as self-centric: it is how a listener asks and plays back', () => {
    expect(analyzeTurn("I'm curious, how does your team build the rota? I'd love to hear it.").focus).toEqual({ customer: 1, self: 0 });
    expect(analyzeTurn("We've built ours so I can show you.").focus).toEqual({ customer: 1, self: 2 });
  });

  it('matches topics and brief facts on word stems, case-insensitively, including multiword terms', () => {
    const a = analyzeTurn('How long does the Month-End Closing take, and how are invoices approved since the Series B?', {
      topics: [
        { id: 'close', terms: ['month-end close'] },
        { id: 'invoices', terms: ['invoice'] },
        { id: 'payroll', terms: ['payroll'] },
      ],
      brief: [{ id: 'funding', terms: ['Series B'] }],
    });
    expect(a.topics).toEqual(['close', 'invoices']);
    expect(a.preparation).toEqual(['funding']);
  });
});

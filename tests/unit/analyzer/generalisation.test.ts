import { describe, expect, it } from 'vitest';
import { analyzeTurn } from '../../../core/analyzer/index';

/** One table per flag: turns that must raise it, then turns that must not. */
function flagTable(field: 'pitch' | 'pressure' | 'reflect', yes: string[], no: string[], prev?: string) {
  const rows: [string, boolean][] = [...yes.map((t): [string, boolean] => [t, true]), ...no.map((t): [string, boolean] => [t, false])];
  it.each(rows)(`%s → ${field} %s`, (text, want) => {
    expect(analyzeTurn(text, { prev })[field]).toBe(want);
  });
}

/**
 * Defects found by probing the analyzer by hand, and the broader constructions behind them
 * (fresh sentences, none taken from a labelled set).
 */

describe('pressure', () => {
  flagTable('pressure', [
    'If we don\'t get this signed by Friday the discount is gone.',
    'Can I get you to commit this week?',
    'We only have two onboarding spots left for March, so I would not sit on it.',
    "I'll shoot the contract over now and you can e-sign it tonight.",
    "Don't worry about your nurses, they'll come round.",
    'If an inspector finds that gap first, it is going to look really bad for you.',
    'The promo ends on the 30th.',
  ], [
    'How do you decide today which suppliers get audited?',
    'Would it help to set up a call with your CFO next week?',
    'Is there anything that would have to happen before you could decide?',
  ]);
});

describe('questions', () => {
  it('reads a quantity question without a question mark', () => {
    expect(analyzeTurn('how many nurses r on the night shift').question).toBe('closed');
    expect(analyzeTurn('How many invoices a week are you keying in by hand').question).toBe('closed');
  });

  it('treats "how much is that costing" as an open implication question', () => {
    const a = analyzeTurn('How much is that costing the business?');
    expect(a).toMatchObject({ question: 'open', spin: 'implication' });
  });

  it('reads "X how?" and "and when something breaks?" as open', () => {
    expect(analyzeTurn('Not ideal how?').question).toBe('open');
    expect(analyzeTurn('And when a driver calls in sick?').question).toBe('open');
  });

  it('keeps a condition after a question with that question', () => {
    expect(analyzeTurn('What does one missed pickup cost you, roughly, when you add it all up?').question).toBe('closed');
  });

  it('reads a wh-question followed by a list of options as closed', () => {
    expect(analyzeTurn('Where do the work orders live today, paper, email, a shared drive?').question).toBe('closed');
  });

  it('does not read a plan for the call as a question', () => {
    expect(analyzeTurn("I'd love to hear how intake works today and then share a bit about what we do.").question).toBe('none');
  });
});

describe('pitch', () => {
  flagTable('pitch', [
    'We have powerful features, a beautiful dashboard and support that actually picks up the phone.',
    'What if I told you our scheduler fills open shifts in under ten minutes?',
    'PayTrail reconciles every card transaction overnight.',
    "It's an AI scheduling engine, it does forecasting and swaps on mobile.",
    'Our routing engine would get every order to the right picker within the hour.',
    'With us, drivers get every stop as a text, no app to learn.',
    'On average a 12 percent drop in no-shows in the first quarter.',
    'We supply the sensors and the gateway free of charge.',
    'Would it be worth running a 30-day trial at one store?',
    'We won the regional innovation award two years running.',
  ], [
    'Congrats on the award your team won last month.',
    'Your award-winning support team must be stretched thin.',
    'So 4k a week, and it doubles in December?',
    'When MedTrack flags an error, who sees it?',
    'How does your current system alert you when a truck is late?',
  ]);

  it('links a pitch to the need the customer stated', () => {
    const prev = 'Claims sit for two or three days after every storm.';
    const a = analyzeTurn('Since you said claims sit after a storm, our triage would assign each one within the hour.', { prev });
    expect(a).toMatchObject({ pitch: true, valueLink: true });
  });

  it('does not read "just so you know" as a link to their need', () => {
    const a = analyzeTurn('Just so you know, our pricing goes up in January, so the committee can approve it in December.', { prev: 'They meet monthly.' });
    expect(a.valueLink).toBe(false);
  });
});

describe('reflection without shared words', () => {
  const prev = "We've lost three good nurses this quarter and I'm covering night shifts myself.";
  flagTable('reflect', [
    "I can imagine that's a lot to carry.",
    "So it's not an applicant problem, it's a speed problem.",
    'That sounds like an awful stretch.',
    'So the whole unit runs on goodwill right now. Is that right?',
  ], ['Okay, got it.', 'Great. How many nurses are on nights?'], prev);
});

describe('next step and unclear acts', () => {
  it.each([
    'Could we meet next Tuesday?',
    'Would you be open to a short follow-up with your CFO?',
    'Would it make sense to meet next week with Dana?',
    'What should we do next?',
    'How about a call on Thursday?',
    'Last time you mentioned Priya. A demo next Tuesday?',
    'Would it help to sit down next week with your actual route spreadsheet?',
    'Would it help if I sent a cost model by Friday and we met next week with Dana?',
    'If we fix the alert latency first, would you meet next week with Marcus to set that up?',
    'Would forty-five minutes next week with Tom and the plant manager be worth it?',
    'Can I grab 30 minutes with you and Priya on Thursday?',
  ])('%s → next_step', (text) => {
    expect(analyzeTurn(text).acts).toContain('next_step');
  });

  it.each([
    'How do you schedule shifts today?',
    'Who books the appointments at the front desk?',
    'Who sets up new hires in the system?',
    'So the real schedule is in text messages, and a sick call means an hour on the phone. What is the hardest part?',
    'We had a call with their team on Monday and it went badly.',
    'How do you put together the ridership counts for the state?',
    'Can you talk me through what went wrong on Monday?',
    'Could you walk me through what happens on the first of the month?',
    'How many hours a week do your planners spend on this?',
  ])(
    '%s is about their business, not a next step',
    (text) => {
      expect(analyzeTurn(text).acts).not.toContain('next_step');
    },
  );

  it('marks keyboard mash with vowels as unclear', () => {
    expect(analyzeTurn('asdf qwer').acts).toEqual(['unclear']);
  });

  it('keeps real words that contain common letter runs', () => {
    expect(analyzeTurn('Party power answer').acts).not.toContain('unclear');
  });
});

describe('their business, not our pressure', () => {
  it('hears a question about their clinic filling up as a question, not scarcity', () => {
    const a = analyzeTurn('How has the new clinic been filling up since it opened?');
    expect({ question: a.question, pressure: a.pressure }).toEqual({ question: 'open', pressure: false });
  });

  it('still hears our own slots filling up as pressure', () => {
    expect(analyzeTurn('The spring install slots are filling up fast, so I would grab one.').pressure).toBe(true);
  });

  it('hears our offer to put together a proposal as a next step', () => {
    expect(analyzeTurn("I'll put together a short proposal for Friday.").acts).toContain('next_step');
  });
});

/**
 * Broader constructions added after measuring on a set never tuned on (fresh2): the sentences here are
 * written fresh, each a different instance of the family the rule covers.
 */
describe('pitch without the usual cue words', () => {
  flagTable('pitch', [
    "We're Tallyo, the scheduling platform most dental groups in Ohio run on.",
    'Where we are a lot stronger is the audit trail.',
    'Our sensors tag every pallet at the dock door.',
    'Over 1,200 independent pharmacies, including three in your county.',
    'Fleets using Routewise are cutting idle time by a fifth.',
    'Setup usually takes about two afternoons.',
    'Our starter plan is free for the first fifty users.',
    "It automatically reconciles the card feed every night.",
  ], [
    'How long did setup take with your last vendor?',
    'If we could cut those errors in half, what would that mean for the team?',
    "What's your current error rate running at?",
    'So what does that do to the team during a promo week?',
    'Six people and a SOC 2 deadline, that is a lot on one small team.',
  ]);
});

describe('pressure in everyday words', () => {
  flagTable('pressure', [
    "Honestly it's not a big deal, you'll be fine.",
    'Shops that don\'t modernise end up losing their best techs to the dealers.',
    "I've got a launch discount this quarter that I don't think you want to miss.",
    'If you don\'t move on this, your competitors will.',
  ], [
    'Is that a big deal for the board?',
    'What would you want to see before deciding?',
  ]);
});

describe('value-linked pitch: the trouble they described goes away', () => {
  it.each([
    'Our portal texts the driver the new slot, so those missed deliveries mostly disappear.',
    'The scanner reads the lot number at the pick, which should kill most of those recalls you described.',
  ])('%s', (text) => {
    const a = analyzeTurn(text, { prev: 'We had four missed deliveries and two recalls last month. It is killing us.' });
    expect({ pitch: a.pitch, valueLink: a.valueLink }).toEqual({ pitch: true, valueLink: true });
  });

  it('does not link a deadline on our price', () => {
    expect(analyzeTurn('Sign by the 31st, after the 31st it goes away.', { prev: 'We need it by April.' }).valueLink).toBe(false);
  });
});

describe('SPIN in everyday words', () => {
  it.each([
    ['What falls through the cracks most weeks?', 'problem'],
    ['Why do you think the reps skip the checklist?', 'problem'],
    ["What's that doing to morale on the night shift?", 'implication'],
    ['How has the team coped with one person short?', 'implication'],
    ['What would your planners be doing with that time instead?', 'need_payoff'],
    ['How would you judge whether the pilot worked?', 'need_payoff'],
  ])('%s → %s', (text, spin) => {
    expect(analyzeTurn(text).spin).toBe(spin);
  });
});

describe('questions at the end of a turn without a question mark', () => {
  it.each([
    ['ok cool. what breaks first when the rush hits', 'open'],
    ['thanks for jumping on. how many trucks you guys running', 'closed'],
    ['right, so three shifts. and how many pickers a shift', 'closed'],
    ['I figure some of those orders ship late... is that something you measure', 'closed'],
  ])('%s → %s', (text, question) => {
    expect(analyzeTurn(text).question).toBe(question);
  });

  it.each([
    'We work with whoever runs the floor. What matters is that it gets used',
    'How we price it is simple',
  ])('%s is a statement', (text) => {
    expect(analyzeTurn(text).question).toBe('none');
  });
});

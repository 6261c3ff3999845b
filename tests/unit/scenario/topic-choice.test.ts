/**
 * Which need a rep's question lands on, played through the real analyzer against library scenarios:
 * the need a turn is most about, brief facts that lead to a need, and a question with nothing to open.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playLines } from '../../../core/scenario';
import { root, scenarioFrom } from './helpers';

const library = (id: string) => scenarioFrom(`${root}scenarios/${id}.yaml`);

describe('choosing the need a question is about', () => {
  it('should hear a question that borrows another need\'s word as being about the need it mostly names', () => {
    const executive = library('time-pressed-executive');
    const played = playLines(executive, [
      'Good morning Catherine, thanks for the ten minutes.',
      'How much output do unplanned stoppages and breakdowns cost you across the plants?',
    ], { seed: 1 });
    expect(played.turns[1]?.revealed).toMatchObject({ downtime: 'situation', capacity: 'none' });
  });

  it('should open the need whose story holds a brief fact the rep asks about', () => {
    const curious = library('curious-first-timer');
    const ledger = curious.needs.find((n) => n.layers.problem.lines.some((l) => l.includes('Ledger')));
    expect(ledger).toBeDefined();
    const played = playLines(curious, [
      'Hi Darnell, thanks for making the time.',
      'I saw the Ledger story about the kids waiting on Birch Road. What happened that morning?',
    ], { seed: 1 });
    expect(played.turns[1]?.revealed[ledger!.id]).toBe('situation');
  });

  it('should keep a fresh generic question after a brief-fact lead-in generic (the top-of-mind need)', () => {
    const curious = library('curious-first-timer');
    const top = curious.needs.find((n) => n.top_of_mind)!;
    const played = playLines(curious, [
      'Hi Darnell, thanks for making the time.',
      'I saw the Ledger story in January. What is taking up most of your week right now?',
    ], { seed: 1 });
    expect(played.turns[1]?.revealed[top.id]).toBe('situation');
  });

  it('should say there is nothing more to add, in character, when a question opens nothing new', () => {
    const executive = library('time-pressed-executive');
    const played = playLines(executive, [
      'Good morning Catherine, thanks for the ten minutes.',
      "Margin went from 8.1 to 4.2 percent last year; what's driving that?",
      'What does that squeeze mean for the business?',
      'So the contract and the margin are the same problem seen from two sides.',
      'If you could win those margin points back, what would that mean for you?',
      'How does the margin look plant by plant?',
    ], { seed: 1 });
    expect(played.turns[4]?.revealed.margin).toBe('implication');
    // Asking for plant-level facts after the cost: nothing new at that depth, and she says so.
    expect(executive.reactions.told_all).toContain(played.turns[5]?.customer);
  });
});

describe('choosing the line that answers the question', () => {
  it('should answer "what did those nine days cost you?" with the cost of the fire, whatever the seed', () => {
    const executive = library('time-pressed-executive');
    const lines = readFileSync(`${root}tests/fixtures/scripts/prepared/time-pressed-executive.txt`, 'utf8')
      .split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    for (const seed of [1, 2, 3, 4, 5]) {
      const played = playLines(executive, lines, { seed });
      const cost = played.turns.find((t) => t.rep.includes('nine days cost you'));
      expect(cost?.customer).toContain('The fire cost us');
    }
  });
});

describe('chat about life outside work', () => {
  it('should steer back from "did you catch the game at the weekend?" even where "weekend" names a need', () => {
    const winery = library('friendly-talker-hidden-priority');
    expect(winery.needs.some((n) => n.terms.includes('weekend'))).toBe(true);
    const played = playLines(winery, ['Hi, thanks for taking the call.', "So, what's on your plate this quarter?", 'Did you catch the game at the weekend?'], { seed: 1 });
    expect(winery.reactions.off_topic).toContain(played.turns[2]?.customer);
  });
});

describe('a next step proposed too early', () => {
  const practice = library('overwhelmed-practice-manager');
  const propose = 'Would it make sense to set up a follow-up meeting next week to look at this together?';

  it('should say "you have not asked me much" only when nothing real has been disclosed', () => {
    const played = playLines(practice, ['Hi, thanks for making the time today.', propose], { seed: 1 });
    expect(practice.reactions.next_step_too_early).toContain(played.turns[1]?.customer);
  });

  it('should say "closer, but not yet" after the rep has heard a real problem', () => {
    const played = playLines(practice, ['Hi, thanks for making the time today.', 'What are your top priorities at the moment?', 'What makes that difficult right now?', propose], { seed: 1 });
    expect(played.turns[2]?.revealed['front-desk']).toBe('problem');
    expect(practice.reactions.next_step_not_yet).toContain(played.turns[3]?.customer);
    expect(played.turns[3]?.state).toBe('wrapUp');
  });
});

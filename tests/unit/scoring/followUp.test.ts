import { describe, expect, it } from 'vitest';
import { buildsOn } from '../../../core/scoring/followUp';

const said = "People can't get through. We miss about a third of calls at peak.";

describe('follow-up questions', () => {
  it.each([
    'What does that end up costing you, in time or money?',
    'What makes that difficult right now?',
    'How long has this been going on?',
    'Why is that?',
    'How so?',
    'Tell me more about that.',
    'You mentioned the peak earlier. When is it worst?',
    'Can you say more?',
    'And who feels it most when that happens?',
  ])('counts a question that points back at what they said: %s', (question) => {
    expect(buildsOn(question, said)).toBe(true);
  });

  it('counts a question that reuses their words', () => {
    expect(buildsOn('Which calls do you miss most?', said)).toBe(true);
  });

  it.each([
    'What are your top priorities this year?',
    'How many clinics do you run?',
    'Is it fair to say budgets are set in April?',
    'What would you like to cover today?',
  ])('does not count a fresh question on a new subject: %s', (question) => {
    expect(buildsOn(question, said)).toBe(false);
  });

  it('never counts a question with no customer turn before it', () => {
    expect(buildsOn('Why is that?', undefined)).toBe(false);
  });
});

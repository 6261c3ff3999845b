import { describe, expect, it } from 'vitest';
import { parseTranscript, type ParseTranscriptOptions } from '../../../core/transcript';
import { transcriptErrorOf } from './errorOf';

const errorOf = (source: string, options: ParseTranscriptOptions = {}) => transcriptErrorOf(source, 'call.txt', options);

describe('plain-text transcripts', () => {
  it('reads one turn per "Name: words" line and joins continuation lines', () => {
    const t = parseTranscript(
      ['# rep: Sam', 'Sam: Hi Dana, thanks for the time.', 'How is the quarter going?', '', 'Dana: Busy. The close is', 'taking forever.'].join('\n'),
    );
    expect(t.format).toBe('text');
    expect(t.turns).toEqual([
      { speaker: 'Sam', role: 'rep', text: 'Hi Dana, thanks for the time. How is the quarter going?', line: 2 },
      { speaker: 'Dana', role: 'customer', text: 'Busy. The close is taking forever.', line: 5 },
    ]);
    expect(t.rep).toBe('Sam');
    expect(t.repGuessed).toBe(false);
  });

  it('ignores comment lines and keeps colons inside the words', () => {
    const t = parseTranscript('# recorded 2026-03-02\nSam: Here is the thing: what matters most to you?\n# aside\nDana: Cost. We meet at 10:30 daily.', { rep: 'Sam' });
    expect(t.turns.map((x) => x.text)).toEqual(['Here is the thing: what matters most to you?', 'Cost. We meet at 10:30 daily.']);
  });

  it('treats lower-case prose before a colon as part of the turn, not a new speaker', () => {
    const t = parseTranscript('Sam: Quick question.\nthe main thing is: how do you approve invoices?\nDana: By email.', { rep: 'Sam' });
    expect(t.turns).toHaveLength(2);
    expect(t.turns[0]!.text).toContain('the main thing is: how do you approve invoices?');
  });

  it('accepts multi-word names in scripts without capitals', () => {
    const t = parseTranscript('محمد علي: كيف تسير الأمور؟\nDana Ortiz: Slowly.', { rep: 'محمد علي' });
    expect(t.turns.map((x) => x.speaker)).toEqual(['محمد علي', 'Dana Ortiz']);
  });

  it('lets --rep override the rep comment, ignoring case', () => {
    const t = parseTranscript('# rep: Sam\nSam: Hello there.\nDana: Hi, what are you selling?', { rep: 'dana' });
    expect(t.rep).toBe('Dana');
    expect(t.turns.map((x) => x.role)).toEqual(['customer', 'rep']);
  });

  it('guesses the rep from a seller-like name and says it guessed', () => {
    const t = parseTranscript('Customer: Hello?\nRep: Hi! How is your team handling onboarding today?');
    expect(t.rep).toBe('Rep');
    expect(t.repGuessed).toBe(true);
    expect(t.repGuessReason).toMatch(/name/);
  });

  it('guesses the speaker who opens the call and asks most questions', () => {
    const t = parseTranscript('Ana: Thanks for joining. What prompted you to take the call?\nBo: Our churn is up.\nAna: What is driving that, do you think?\nBo: Onboarding, mostly.');
    expect(t.rep).toBe('Ana');
    expect(t.repGuessed).toBe(true);
    expect(t.repGuessReason).toContain('spoke first');
  });

  it('reports an empty file on line 1', () => {
    expect(errorOf('')).toBe('call.txt:1: the file is empty');
    expect(errorOf('  \n\n ')).toBe('call.txt:1: the file is empty');
  });

  it('reports a file with only comments as having no turns', () => {
    expect(errorOf('# rep: Sam\n# nothing said yet\n')).toMatch(/^call\.txt:1: no turns found: expected lines like 'Name: words'/);
  });

  it('reports text before the first speaker on its line', () => {
    expect(errorOf('# header\nhello there\nSam: Hi')).toMatch(/^call\.txt:2: expected a turn like 'Name: words'/);
  });

  it('rejects a single-speaker file, naming the speaker and the line', () => {
    expect(errorOf('\nSam: Hi.\nSam: Anyone there?')).toBe('call.txt:2: only one speaker (Sam) found: a conversation needs a rep and a customer');
  });

  it('rejects an unknown --rep and lists the speakers found', () => {
    expect(errorOf('Sam: Hi.\nDana: Hello.', { rep: 'Chris' })).toBe('call.txt: unknown speaker "Chris" given by --rep; speakers found: Sam, Dana');
  });

  it('rejects an unknown rep comment on the comment line', () => {
    expect(errorOf('Sam: Hi.\n# rep: Chris\nDana: Hello.')).toBe('call.txt:2: unknown speaker "Chris" given by the rep comment; speakers found: Sam, Dana');
  });
});

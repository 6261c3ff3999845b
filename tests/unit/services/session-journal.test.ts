import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SessionTurn } from '../../../core/session/types';
import { journalHeaderLine, journalTurnLine, parseJournal, JournalHeaderError } from '../../../electron/services/session-journal';
import { meta } from './fixtures';

const turnArb = fc.record({
  text: fc.string({ unit: 'grapheme', maxLength: 80 }),
  speaker: fc.constantFrom<'rep' | 'customer'>('rep', 'customer'),
});

describe('session journal recovery', () => {
  it('recovers exactly the turns written before any cut, at any byte', () => {
    fc.assert(fc.property(fc.array(turnArb, { maxLength: 12 }), fc.nat(), (raw, cutSeed) => {
      const turns: SessionTurn[] = raw.map((t, index) => ({ index, ...t, at: '2026-05-01T10:00:00.000Z' }));
      const header = Buffer.from(journalHeaderLine(meta('prop')));
      const lines = turns.map((t) => Buffer.from(journalTurnLine(t)));
      const full = Buffer.concat([header, ...lines]);
      // Cut anywhere after the header, even inside a multi-byte character.
      const cut = header.length + (full.length === header.length ? 0 : cutSeed % (full.length - header.length + 1));
      const parsed = parseJournal(full.subarray(0, cut).toString('utf8'));
      let complete = 0;
      for (let end = header.length; complete < lines.length && end + lines[complete]!.length <= cut; complete++) end += lines[complete]!.length;
      expect(parsed.turns).toEqual(turns.slice(0, complete));
      expect(parsed.badLines).toEqual([]);
      expect(parsed.truncatedTail === '').toBe(cut === header.length + lines.slice(0, complete).reduce((n, l) => n + l.length, 0));
      // The repaired text parses back to the same turns with nothing left over.
      expect(parseJournal(parsed.goodText)).toMatchObject({ turns: parsed.turns, truncatedTail: '', badLines: [] });
    }), { numRuns: 300 });
  });

  it('sets aside a damaged line in the middle and keeps the turns around it', () => {
    const text = journalHeaderLine(meta('mid')) + journalTurnLine({ index: 0, speaker: 'rep', text: 'a', at: 'x' })
      + '{"index": 1, "speaker": \n' + journalTurnLine({ index: 2, speaker: 'rep', text: 'c', at: 'x' });
    const parsed = parseJournal(text);
    expect(parsed.turns.map((t) => t.index)).toEqual([0, 2]);
    expect(parsed.badLines).toEqual([expect.objectContaining({ line: 3, reason: 'not valid JSON' })]);
  });

  it.each([
    ['empty', ''],
    ['a header cut mid-write', journalHeaderLine(meta('h')).slice(0, 30)],
    ['a header from something else', '{"format":"other"}\n'],
  ])('refuses %s as unrecoverable', (_name, text) => {
    expect(() => parseJournal(text)).toThrow(JournalHeaderError);
  });
});

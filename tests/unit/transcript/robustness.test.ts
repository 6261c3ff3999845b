import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptError } from '../../../core/transcript';

/** Either a transcript or a TranscriptError with a usable message: never anything else. */
function importOutcome(source: string, fileName: string): 'ok' | 'error' {
  try {
    const t = parseTranscript(source, { fileName });
    expect(t.turns.length).toBeGreaterThan(0);
    expect(t.turns.some((x) => x.role === 'rep')).toBe(true);
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).message.length).toBeGreaterThan(5);
    const line = (error as TranscriptError).line;
    if (line !== undefined) expect(line).toBeGreaterThanOrEqual(1);
    return 'error';
  }
}

const names = fc.constantFrom('Sam', 'Dana', 'Dr. Okafor', 'Ms. Alvarez', 'Rep', 'محمد', 'Zoë');
const words = fc.string({ unit: 'grapheme', maxLength: 80 });
const fileNames = fc.constantFrom('call.txt', 'call.vtt', 'call.srt', 'call.json', 'call');

describe('transcript import on arbitrary input', () => {
  it('returns a transcript or a clear TranscriptError for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fileNames, (s, f) => void importOutcome(s, f)), { numRuns: 400 });
  });

  it('survives caption-shaped noise: timings, tags and labels in random order', () => {
    const piece = fc.oneof(
      fc.constant('WEBVTT'),
      fc.constant(''),
      fc.constant('00:00:01.000 --> 00:00:02.000'),
      fc.constant('00:00:01,000 --> 00:00:02,000'),
      fc.constant('00:00:0x --> ?'),
      fc.nat(99).map(String),
      fc.tuple(names, words).map(([n, w]) => `<v ${n}>${w}`),
      fc.tuple(names, words).map(([n, w]) => `${n}: ${w}`),
      words,
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fileNames, (lines, f) => void importOutcome(lines.join('\n'), f)), { numRuns: 400 });
  });

  it('imports a 100 KB conversation with emoji and right-to-left text', () => {
    const line = (i: number) => (i % 2 === 0 ? 'Sam: How is the rollout going? 🚀 ' : 'محمد: الأمور بطيئة جداً هذا الشهر ') + 'x'.repeat(40);
    const source = Array.from({ length: 1400 }, (_, i) => line(i)).join('\n');
    expect(source.length).toBeGreaterThan(100_000);
    const t = parseTranscript(source, { rep: 'Sam' });
    expect(t.turns).toHaveLength(1400);
    expect(t.turns[1]!.speaker).toBe('محمد');
  });
});

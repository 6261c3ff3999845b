/** SubRip (.srt) subtitles: a cue number, a timing line, then the words. */
import { cuesToTurns, parseTiming, splitBlocks, type Cue } from './cues';
import { clip } from './plainText';
import { TranscriptError, type ParsedTurns } from './types';

export function parseSrt(source: string): ParsedTurns {
  const cues: Cue[] = [];
  for (const block of splitBlocks(source)) {
    const [index, timing, ...payload] = block.lines;
    if (!index) continue;
    if (!/^\d+$/.test(index.text.trim())) {
      const hint = index.text.includes('-->') ? 'the cue number is missing' : `found "${clip(index.text.trim())}"`;
      throw new TranscriptError(`expected a cue number before the timing line (${hint})`, index.line);
    }
    if (!timing) throw new TranscriptError('cue number is not followed by a timing line', index.line);
    if (!timing.text.includes('-->')) {
      throw new TranscriptError(`expected a timing line like 00:00:01,000 --> 00:00:04,000 but found "${clip(timing.text.trim())}"`, timing.line);
    }
    const { start, end } = parseTiming(timing.text, timing.line, 'srt');
    cues.push({ start, end, line: timing.line, payload: payload.map((l) => l.text) });
  }
  return { turns: cuesToTurns(cues) };
}

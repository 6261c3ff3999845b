/** WebVTT captions (Teams, Zoom, Meet exports). */
import { cuesToTurns, parseTiming, splitBlocks, type Cue } from './cues';
import { TranscriptError, type ParsedTurns } from './types';

const REP_NOTE = /^NOTE\s+rep\s*:\s*(.+?)\s*$/i;

export function parseWebVtt(source: string): ParsedTurns {
  const blocks = splitBlocks(source);
  const header = blocks[0]?.lines[0];
  if (!header || !/^WEBVTT(?:[ \t].*)?$/.test(header.text.trim())) {
    throw new TranscriptError('not a WebVTT file: the first line must be "WEBVTT"', header?.line ?? 1);
  }
  let declaredRep: ParsedTurns['declaredRep'];
  const cues: Cue[] = [];
  for (const block of blocks.slice(1)) {
    const first = block.lines[0];
    if (!first) continue;
    const note = REP_NOTE.exec(first.text.trim());
    if (note?.[1]) declaredRep = { name: note[1], line: first.line };
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first.text.trim())) continue;
    // A cue may start with an identifier line; the timing line is the first with "-->".
    const timingAt = block.lines.findIndex((l) => l.text.includes('-->'));
    if (timingAt < 0 || timingAt > 1) {
      throw new TranscriptError('cue has no timing line: expected "00:00:01.000 --> 00:00:04.000"', first.line);
    }
    const timingLine = block.lines[timingAt]!;
    const { start, end } = parseTiming(timingLine.text, timingLine.line, 'vtt');
    cues.push({ start, end, line: timingLine.line, payload: block.lines.slice(timingAt + 1).map((l) => l.text) });
  }
  return { turns: cuesToTurns(cues), declaredRep };
}

/**
 * What WebVTT and SRT share: blank-line separated blocks, `start --> end` timing lines,
 * and cues that become turns once consecutive cues by the same speaker are merged.
 */
import { clip } from './plainText';
import { sameSpeaker, splitSpeakerLabel } from './speakerLabel';
import { TranscriptError, type RawTurn } from './types';

export interface Block {
  /** Non-empty lines of the block, each with its 1-based line number. */
  lines: { text: string; line: number }[];
}

export function splitBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const text = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [] };
      blocks.push(current);
    }
    current.lines.push({ text, line: index + 1 });
  });
  return blocks;
}

const TIMESTAMP = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})$/;
const EXAMPLE = { vtt: '00:00:01.000 --> 00:00:04.000', srt: '00:00:01,000 --> 00:00:04,000' };

/** Seconds, or undefined when the text is not a cue timestamp. */
function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) return undefined;
  const [, h = '0', min = '0', s = '0', frac = '0'] = m;
  return Number(h) * 3600 + Number(min) * 60 + Number(s) + Number(frac.padEnd(3, '0')) / 1000;
}

/** Parses `start --> end [settings]`, throwing a line-numbered error when it is malformed. */
export function parseTiming(text: string, line: number, kind: 'vtt' | 'srt'): { start: number; end: number } {
  const [left = '', right = ''] = text.split('-->');
  const start = parseTimestamp(left);
  const end = parseTimestamp(right.trim().split(/\s+/)[0] ?? '');
  if (start === undefined || end === undefined) {
    throw new TranscriptError(`malformed cue timing "${clip(text.trim())}": expected something like ${EXAMPLE[kind]}`, line);
  }
  if (end < start) throw new TranscriptError(`cue ends (${right.trim()}) before it starts (${left.trim()})`, line);
  return { start, end };
}

export interface Cue {
  start: number;
  end: number;
  line: number;
  /** Payload lines, markup still in place. */
  payload: string[];
}

const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>([\s\S]*?)(?:<\/v>|(?=<v[\s.])|$)/g;

/** Removes WebVTT markup (<c>, <i>, inline timestamps) and decodes the common entities. */
function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Turns cues into speaker turns: `<v Name>` voice spans first, else a `Name:` prefix, else the
 * previous cue's speaker (captioners split long sentences across cues). Consecutive cues by
 * the same speaker merge into one turn that keeps the first start and the last end.
 */
export function cuesToTurns(cues: Cue[]): RawTurn[] {
  const turns: RawTurn[] = [];
  const push = (speaker: string, text: string, cue: Cue) => {
    if (!text) return;
    const last = turns.at(-1);
    if (last && sameSpeaker(last.speaker, speaker)) {
      last.text = `${last.text} ${text}`;
      last.end = Math.max(last.end ?? cue.end, cue.end);
      return;
    }
    turns.push({ speaker, text, start: cue.start, end: cue.end, line: cue.line });
  };
  for (const cue of cues) {
    const payload = cue.payload.join('\n');
    const voices = [...payload.matchAll(VOICE)];
    if (voices.length > 0) {
      for (const v of voices) push((v[1] ?? '').trim(), stripMarkup(v[2] ?? ''), cue);
      continue;
    }
    const text = stripMarkup(payload);
    if (text === '') continue; // a cue with timing but no words (silence, a styling-only cue)
    const labelled = splitSpeakerLabel(text);
    if (labelled) {
      push(labelled.speaker, labelled.text, cue);
      continue;
    }
    const previous = turns.at(-1);
    if (!previous) {
      throw new TranscriptError(`cue has no speaker: expected "<v Name>" or "Name:" before "${clip(text)}"`, cue.line);
    }
    push(previous.speaker, text, cue);
  }
  return turns;
}

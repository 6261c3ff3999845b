/**
 * Transcript import: detect the format, parse it into turns, and decide who the rep is.
 * Every problem is a {@link TranscriptError} naming the line where it can.
 */
import { parsePlainText } from './plainText';
import { guessRep, resolveRep, speakersOf } from './repDetection';
import { normaliseName } from './speakerLabel';
import { parseSessionFile } from './sessionFile';
import { parseSrt } from './srt';
import { TranscriptError, type ParsedTurns, type Transcript, type TranscriptFormat } from './types';
import { parseWebVtt } from './webvtt';

export * from './types';

export interface ParseTranscriptOptions {
  /** File name or path; its extension is a hint when the content is ambiguous. */
  fileName?: string;
  /** The rep's speaker name (`--rep`); beats anything the file says. */
  rep?: string;
}

const SRT_START = /^\s*\d+\s*\r?\n\s*[\d:.,]+\s*-->/;

/**
 * Detects the format from the content first (a `WEBVTT` header, a JSON object, an SRT cue
 * number followed by a timing line) and falls back to the extension, then to plain text.
 * The extension matters for broken files: a `.vtt` without its header should be reported as
 * a broken WebVTT file, not read as prose.
 */
export function detectFormat(source: string, fileName = ''): TranscriptFormat {
  const head = source.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('WEBVTT')) return 'vtt';
  if (head.startsWith('{')) return 'session';
  if (SRT_START.test(head)) return 'srt';
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'vtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'json') return 'session';
  return 'text';
}

const PARSERS: Record<TranscriptFormat, (source: string) => ParsedTurns> = {
  text: parsePlainText,
  vtt: parseWebVtt,
  srt: parseSrt,
  session: parseSessionFile,
};

/** Parses a transcript file's text. Throws {@link TranscriptError} on bad input. */
export function parseTranscript(source: string, options: ParseTranscriptOptions = {}): Transcript {
  if (source.replace(/^\uFEFF/, '').trim() === '') throw new TranscriptError('the file is empty', 1);
  const format = detectFormat(source, options.fileName);
  const parsed = PARSERS[format](source);
  if (parsed.turns.length === 0) {
    throw new TranscriptError(
      format === 'text' ? "no turns found: expected lines like 'Name: words'" : 'no turns found: the file has no spoken words',
      1,
    );
  }
  const speakers = speakersOf(parsed.turns);
  if (speakers.length < 2 && !parsed.roles) {
    throw new TranscriptError(
      `only one speaker (${speakers[0]}) found: a conversation needs a rep and a customer`,
      parsed.turns[0]?.line,
    );
  }

  const choice = options.rep
    ? { rep: resolveRep(options.rep, speakers, '--rep'), guessed: false }
    : parsed.declaredRep
      ? { rep: resolveRep(parsed.declaredRep.name, speakers, 'the rep comment', parsed.declaredRep.line), guessed: false }
      : guessRep(parsed.turns, speakers);

  const repKey = normaliseName(choice.rep);
  const turns = parsed.turns.map((t, i) => ({
    speaker: t.speaker,
    role: parsed.roles && !options.rep ? parsed.roles[i]! : normaliseName(t.speaker) === repKey ? ('rep' as const) : ('customer' as const),
    text: t.text,
    ...(t.start !== undefined ? { start: t.start } : {}),
    ...(t.end !== undefined ? { end: t.end } : {}),
    line: t.line,
  }));
  return {
    turns,
    rep: choice.rep,
    repGuessed: choice.guessed,
    ...('reason' in choice && choice.reason ? { repGuessReason: choice.reason } : {}),
    format,
    ...(parsed.scenarioResult ? { scenarioResult: parsed.scenarioResult } : {}),
  };
}

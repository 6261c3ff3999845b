/**
 * `score <transcript> [--rep NAME] [--json] [--rubric FILE]`: scores a call transcript (plain
 * text, WebVTT, SRT or an exported session) and prints the scorecard.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseRubric, RubricError, scoreConversation, turnLabels, type Rubric, type Scorecard } from '../../core/scoring';
import { renderScorecardText } from '../../core/scoring/report';
import { formatTranscriptError, parseTranscript, TranscriptError, type Transcript } from '../../core/transcript';
import { InputError, parseCommandArgs, reportingInputErrors } from '../args';
import type { CommandIo } from '../io';

const USAGE = 'usage: score <transcript> [--rep NAME] [--json] [--rubric FILE]';

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, io, {
    command: 'score',
    usage: USAGE,
    positional: 'transcript file',
    options: { rep: { type: 'string' }, json: { type: 'boolean' }, rubric: { type: 'string' } },
  });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { values, positional: file } = parsed;
  return reportingInputErrors(io, async () => {
    const rubric = values.rubric ? await loadRubric(values.rubric, io.cwd) : undefined;
    const transcript = await loadTranscript(file, io.cwd, values.rep);
    const card = scoreConversation(
      transcript.turns.map((t) => ({ speaker: t.role, text: t.text, start: t.start, end: t.end })),
      { ...(rubric ? { rubric } : {}), ...(transcript.scenarioResult ? { scenarioResult: transcript.scenarioResult } : {}) },
    );
    io.stdout(values.json ? `${JSON.stringify(toJson(card, transcript), null, 2)}\n` : renderScorecardText(card, header(transcript, file)));
    return 0;
  });
}

async function readText(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new InputError(`${file}: cannot read: ${reason}`);
  }
}

async function loadTranscript(file: string, cwd: string, rep: string | undefined): Promise<Transcript> {
  const source = await readText(file, cwd);
  try {
    return parseTranscript(source, { fileName: file, ...(rep !== undefined ? { rep } : {}) });
  } catch (error) {
    if (error instanceof TranscriptError) throw new InputError(formatTranscriptError(file, error));
    throw error;
  }
}

/** Reads a YAML or JSON rubric; every problem is reported as `file:line: path: message`. */
async function loadRubric(file: string, cwd: string): Promise<Rubric> {
  const source = await readText(file, cwd);
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new InputError(`${file}:${line}: not valid YAML or JSON: ${syntax.message.split('\n')[0]}`);
  }
  try {
    return parseRubric(doc.toJS());
  } catch (error) {
    if (!(error instanceof RubricError)) throw error;
    const lines = error.issues.map((issue) => {
      // Point at the deepest node of the path that exists in the file.
      let line: number | undefined;
      for (let depth = issue.keys.length; depth >= 0 && line === undefined; depth -= 1) {
        const node = doc.getIn(issue.keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) line = lineCounter.linePos(node.range[0]).line;
      }
      return `${file}${line ? `:${line}` : ''}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
    });
    throw new InputError(lines.join('\n'));
  }
}

const FORMAT_NAMES = { text: 'plain text', vtt: 'WebVTT', srt: 'SRT', session: 'ListenFirst session' } as const;

function header(transcript: Transcript, file: string) {
  const rep = transcript.repGuessed
    ? `Rep: ${transcript.rep} (guessed: ${transcript.repGuessReason}; use --rep NAME if that is wrong)`
    : `Rep: ${transcript.rep}`;
  return { title: `${file} (${FORMAT_NAMES[transcript.format]})`, notes: [rep], speakers: transcript.turns.map((t) => t.speaker) };
}

/** The stable `--json` shape (see issue 3), plus the full components and metrics. */
function toJson(card: Scorecard, transcript: Transcript) {
  const m = card.metrics;
  const timed = transcript.turns.every((t) => t.start !== undefined && t.end !== undefined);
  return {
    listening: card.listening,
    pitching: card.pitching,
    talkShare: m.talkShare,
    questions: { open: m.questions.open, closed: m.questions.closed },
    reflections: m.reflections,
    pitches: m.pitches,
    valueLinkedPitches: m.valueLinkedPitches,
    pressure: m.pressure,
    spin: m.spin,
    longestMonologueWords: m.longestMonologueWords,
    firstPitchTurn: m.firstPitchTurn,
    ...(timed ? { wordsPerMinute: m.wordsPerMinute ?? null, longestMonologueSeconds: m.longestMonologueSeconds ?? null } : {}),
    turns: card.turns.map((t, i) => ({
      speaker: transcript.turns[i]?.speaker ?? t.speaker,
      role: t.speaker,
      text: t.text,
      labels: t.analysis ? turnLabels(t.analysis) : [],
      reasons: t.analysis?.reasons ?? [],
      ...(t.start !== undefined ? { start: t.start, end: t.end } : {}),
    })),
    rubricVersion: card.rubricVersion,
    passMark: card.passMark,
    passed: card.passed,
    rep: transcript.rep,
    repGuessed: transcript.repGuessed,
    format: transcript.format,
    warnings: card.warnings,
    components: card.components,
    metrics: m,
    ...(card.needs ? { needs: card.needs } : {}),
    ...(card.outcome ? { outcome: card.outcome } : {}),
  };
}

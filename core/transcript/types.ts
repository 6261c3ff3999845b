/**
 * A conversation imported from a file (plain text, WebVTT, SRT or an exported session),
 * with every turn attributed to the rep or the customer.
 */

export type TranscriptFormat = 'text' | 'vtt' | 'srt' | 'session';
export type Role = 'rep' | 'customer';

export interface TranscriptTurn {
  /** The speaker's name as written in the file. */
  speaker: string;
  role: Role;
  text: string;
  /** Seconds from the start of the recording (timed formats only). */
  start?: number;
  end?: number;
  /** 1-based line in the source file where the turn begins. */
  line?: number;
}

/** What an exported session adds beyond the words: the engine's verdict on needs and the outcome. */
export interface ImportedScenarioResult {
  outcome: string;
  needs?: { uncovered: { id: string; depth: string }[]; missed: string[] };
}

export interface Transcript {
  turns: TranscriptTurn[];
  /** Name of the rep speaker. */
  rep: string;
  /** True when no `--rep` or `# rep:` said who the rep is and the importer guessed. */
  repGuessed: boolean;
  /** Why the guess fell on this speaker (only when `repGuessed`). */
  repGuessReason?: string;
  format: TranscriptFormat;
  /** Present for exported sessions. */
  scenarioResult?: ImportedScenarioResult;
}

/** A speaker-attributed turn before roles are known. */
export interface RawTurn {
  speaker: string;
  text: string;
  start?: number;
  end?: number;
  line: number;
}

/** The result of a format parser, before the rep is chosen. */
export interface ParsedTurns {
  turns: RawTurn[];
  /** Rep named inside the file (`# rep:` comment, `NOTE rep:` block), with its line. */
  declaredRep?: { name: string; line: number };
  /** Turns whose role the file itself states (exported sessions). */
  roles?: Role[];
  scenarioResult?: ImportedScenarioResult;
}

/**
 * Bad transcript input. `line` is 1-based when the problem sits on a line of the file.
 * Render with {@link formatTranscriptError} as `file:line: message`.
 */
export class TranscriptError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'TranscriptError';
    this.line = line;
  }
}

/** `file:line: message`, or `file: message` when the error concerns the file as a whole. */
export function formatTranscriptError(file: string, error: TranscriptError): string {
  return error.line === undefined ? `${file}: ${error.message}` : `${file}:${error.line}: ${error.message}`;
}

import { z } from 'zod';
import { SESSION_SCHEMA_VERSION, SessionMeta, SessionTurn } from '../../core/session/types';

/**
 * The append-only journal of a session in progress: `sessions/<id>.journal.jsonl`.
 * Line 1 is a header `{format, schemaVersion, meta}`; every following line is one turn.
 * Each line is written with a single append + fsync, so a crash can only cut the last line.
 */
export const JOURNAL_FORMAT = 'listenfirst.journal';

const JournalHeader = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
  meta: SessionMeta,
});

export function journalHeaderLine(meta: SessionMeta): string {
  return `${JSON.stringify({ format: JOURNAL_FORMAT, schemaVersion: SESSION_SCHEMA_VERSION, meta })}\n`;
}

export function journalTurnLine(turn: SessionTurn): string {
  return `${JSON.stringify(turn)}\n`;
}

export interface ParsedJournal {
  meta: SessionMeta;
  turns: SessionTurn[];
  /** Complete lines that were not valid turns, with their 1-based line numbers. */
  badLines: { line: number; text: string; reason: string }[];
  /** Bytes after the last newline: a line cut mid-write. */
  truncatedTail: string;
  /** The journal's good lines (header + valid turns), ready to be written back when repairing. */
  goodText: string;
}

/** Thrown when the header (line 1) is unusable: the journal as a whole cannot be recovered. */
export class JournalHeaderError extends Error {}

/** Parses a journal, keeping every complete valid turn and setting aside anything else. */
export function parseJournal(text: string): ParsedJournal {
  const lastNewline = text.lastIndexOf('\n');
  const complete = lastNewline === -1 ? '' : text.slice(0, lastNewline);
  const truncatedTail = text.slice(lastNewline + 1);
  const lines = complete === '' ? [] : complete.split('\n');
  const headerText = lines[0];
  if (headerText === undefined) {
    throw new JournalHeaderError(text === '' ? 'the journal is empty' : 'the journal header was cut off mid-write');
  }
  let header: z.infer<typeof JournalHeader>;
  try {
    const parsed = JournalHeader.safeParse(JSON.parse(headerText));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new JournalHeaderError(`the journal header is invalid at ${issue.path.map(String).join('.') || '(header)'}: ${issue.message}`);
    }
    header = parsed.data;
  } catch (error) {
    if (error instanceof JournalHeaderError) throw error;
    throw new JournalHeaderError('the journal header is not valid JSON');
  }
  const turns: SessionTurn[] = [];
  const badLines: ParsedJournal['badLines'] = [];
  const good = [headerText];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    let reason: string;
    try {
      const parsed = SessionTurn.safeParse(JSON.parse(line));
      if (parsed.success) {
        turns.push(parsed.data);
        good.push(line);
        return;
      }
      reason = `not a valid turn (${parsed.error.issues[0]!.path.map(String).join('.')}: ${parsed.error.issues[0]!.message})`;
    } catch {
      reason = 'not valid JSON';
    }
    badLines.push({ line: i + 2, text: line, reason });
  });
  return { meta: header.meta, turns, badLines, truncatedTail, goodText: `${good.join('\n')}\n` };
}

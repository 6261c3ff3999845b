/** Sessions exported by ListenFirst itself (JSON, format 'listenfirst.session'). */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath } from '../scoring/rubricSchema';
import { SessionDocument } from '../session/types';
import { TranscriptError, type ParsedTurns } from './types';

/** Names used for the two sides when the session does not record the rep's name. */
const DEFAULT_REP = 'Rep';
const CUSTOMER = 'Customer';

export function parseSessionFile(source: string): ParsedTurns {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Drop V8's echo of the source and its position: the line number says where.
    const reason = message.replace(/,? *"[\s\S]*" is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/s, '');
    throw new TranscriptError(`not valid JSON: ${reason}`, jsonErrorLine(source, message));
  }
  const parsed = SessionDocument.safeParse(data);
  if (!parsed.success) {
    throw new TranscriptError(`not a valid ListenFirst session: ${describeIssue(parsed.error)}`);
  }
  const session = parsed.data;
  const repName = session.meta.repName?.trim() || DEFAULT_REP;
  const customerName = repName.toLowerCase() === CUSTOMER.toLowerCase() ? 'Buyer' : CUSTOMER;
  const turns = session.turns
    .filter((t) => t.text.trim() !== '')
    .map((t) => ({ speaker: t.speaker === 'rep' ? repName : customerName, text: t.text.trim(), line: 1 }));
  return {
    turns,
    roles: session.turns.filter((t) => t.text.trim() !== '').map((t) => t.speaker),
    declaredRep: { name: repName, line: 1 },
    scenarioResult: { outcome: session.outcome, ...(session.needs ? { needs: session.needs } : {}) },
  };
}

/** The first zod issue as `path: message`, with the path written like `turns[3].speaker`. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = formatPath(issue.path);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * V8 reports "(line N column M)" or "at position P" for most errors, but only a snippet for
 * an unexpected token; then the yaml parser (JSON is nearly YAML) is asked where it stumbles.
 */
function jsonErrorLine(source: string, message: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line?.[1]) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position?.[1]) return source.slice(0, Number(position[1])).split('\n').length;
  const lineCounter = new LineCounter();
  const error = parseDocument(source, { lineCounter, prettyErrors: false }).errors[0];
  return error ? lineCounter.linePos(error.pos[0]).line : undefined;
}

/**
 * `analyze <file.jsonl>`: labels every rep turn of a JSON Lines file. Each input line is
 * `{"id", "text", "prev"?}`; each output line is
 * `{"id","question","spin","reflect","pitch","value_link","pressure","inform","reasons"}`, in input order.
 * A malformed line is reported as `file:line: message` on stderr and skipped; the exit code is then 1.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeTurn } from '../../core/analyzer/index';
import type { CommandIo } from '../io';

const USAGE = 'Usage: npm run --silent cli -- analyze <file.jsonl>\n  each line: {"id": "...", "text": "...", "prev": "..."}';

/** Validates one parsed input line; returns the turn or a message saying what is wrong. */
function readTurn(json: unknown): { id: string | number; text: string; prev?: string } | string {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'expected a JSON object like {"id": "t1", "text": "…"}';
  const r = json as Record<string, unknown>;
  if (!('id' in r)) return 'missing "id"';
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return '"id" must be a string or a number';
  if (!('text' in r)) return 'missing "text"';
  if (typeof r.text !== 'string') return '"text" must be a string';
  if (r.prev !== undefined && r.prev !== null && typeof r.prev !== 'string') return '"prev" must be a string when given';
  return { id: r.id, text: r.text, prev: typeof r.prev === 'string' ? r.prev : undefined };
}

/** Runs the command; see the module comment for the contract. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file || args.includes('--help') || args.includes('-h')) {
    io.stderr(USAGE);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    io.stderr(`analyze: cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
    return 2;
  }
  const out: string[] = [];
  let failed = false;
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      failed = true;
      io.stderr(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
      return;
    }
    const turn = readTurn(json);
    if (typeof turn === 'string') {
      failed = true;
      io.stderr(`${file}:${i + 1}: ${turn}`);
      return;
    }
    const a = analyzeTurn(turn.text, { prev: turn.prev });
    out.push(
      JSON.stringify({
        id: turn.id,
        question: a.question,
        spin: a.spin,
        reflect: a.reflect,
        pitch: a.pitch,
        value_link: a.valueLink,
        pressure: a.pressure,
        inform: a.inform,
        reasons: a.reasons,
      }),
    );
  });
  if (out.length) io.stdout(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

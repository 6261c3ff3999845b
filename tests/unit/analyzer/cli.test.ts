import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as analyze } from '../../../cli/commands/analyze';
import { run as evalCmd } from '../../../cli/commands/eval';

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd }, out, err };
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lf-analyzer-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('cli analyze', () => {
  it('writes one JSON line per input line, in order, with the documented fields', async () => {
    const dir = tempDir({
      'turns.jsonl': [
        JSON.stringify({ id: 'a', text: 'How does your team close the books today?' }),
        JSON.stringify({ id: 'b', text: 'Our platform automates reconciliation.', prev: 'Month-end is painful.' }),
        JSON.stringify({ id: 7, text: 'Thanks!' }),
      ].join('\n'),
    });
    const c = capture(dir);
    expect(await analyze(['turns.jsonl'], c.io)).toBe(0);
    const lines = c.out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    expect(Object.keys(lines[0])).toEqual(['id', 'question', 'spin', 'reflect', 'pitch', 'value_link', 'pressure', 'inform', 'reasons']);
    expect(lines[0]).toMatchObject({ question: 'open', spin: 'situation', pitch: false });
    expect(lines[1]).toMatchObject({ question: 'none', pitch: true, inform: true });
    expect(lines[1].reasons.some((r: string) => r.startsWith('pitch:'))).toBe(true);
    expect(c.err).toEqual([]);
  });

  it('reports malformed lines as file:line on stderr, keeps going, and exits 1', async () => {
    const dir = tempDir({
      'bad.jsonl': [
        JSON.stringify({ id: 'ok1', text: 'Is this a priority this quarter?' }),
        '{not json',
        JSON.stringify({ id: 'x' }),
        JSON.stringify({ id: 'y', text: 42 }),
        '',
        JSON.stringify({ id: 'ok2', text: 'Tell me about the team.' }),
      ].join('\n'),
    });
    const c = capture(dir);
    expect(await analyze(['bad.jsonl'], c.io)).toBe(1);
    expect(c.out.join('').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ok1', 'ok2']);
    expect(c.err).toEqual([
      expect.stringMatching(/^bad\.jsonl:2: not valid JSON/),
      'bad.jsonl:3: missing "text"',
      'bad.jsonl:4: "text" must be a string',
    ]);
    expect(c.err.join('\n')).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('exits 2 with a clear message when the file is missing or no file is given', async () => {
    const c = capture(tempDir({}));
    expect(await analyze(['nope.jsonl'], c.io)).toBe(2);
    expect(c.err.join('')).toBe("analyze: cannot read 'nope.jsonl': no such file");
    const d = capture(tempDir({}));
    expect(await analyze([], d.io)).toBe(2);
    expect(d.err.join('')).toMatch(/Usage:/);
  });
});

describe('cli eval', () => {
  const line = (o: Record<string, unknown>) =>
    JSON.stringify({ id: 'x', prev: '', question: 'none', spin: 'none', reflect: false, pitch: false, pressure: false, value_link: false, ...o });

  it('prints per-label scores, confusion matrices and whether each target is met', async () => {
    const dir = tempDir({
      'mini.jsonl': [
        line({ id: 'm1', text: 'How does the team handle returns today?', question: 'open', spin: 'situation' }),
        line({ id: 'm2', text: 'Do you use Shopify?', question: 'closed', spin: 'situation' }),
        line({ id: 'm3', text: 'Our app cuts return handling time in half.', pitch: true }),
      ].join('\n'),
    });
    const c = capture(dir);
    const code = await evalCmd(['--dir', dir], c.io);
    const text = c.out.join('\n');
    expect(text).toMatch(/== mini\.jsonl \(3 turns\) ==/);
    expect(text).toMatch(/MET\s+question 3-way kappa/);
    expect(text).toMatch(/Question confusion:/);
    expect(text).toMatch(/SPIN confusion:/);
    expect(text).toMatch(/pitch\s+1\.000\s+1\.000\s+1\.000/);
    expect([0, 1]).toContain(code); // tiny set: some binary labels have no positives, so F1 is undefined
  });

  it('emits JSON with --json and reports bad label files by file:line', async () => {
    const dir = tempDir({ 'x.jsonl': [line({ id: 'a', text: 'Hi there.' }), '{"id":"b","text":"Hi","question":"maybe"}'].join('\n') });
    const c = capture(dir);
    expect(await evalCmd(['--dir', dir, '--json'], c.io)).toBe(1);
    expect(JSON.parse(c.out.join('')).files[0].turns).toBe(1);
    expect(c.err[0]).toMatch(/^x\.jsonl:2: question:/);
  });

  it('exits 2 when the folder does not exist', async () => {
    const c = capture(tempDir({}));
    expect(await evalCmd(['--dir', 'missing-folder'], c.io)).toBe(2);
    expect(c.err.join('')).toMatch(/cannot read the labelled data folder/);
  });
});

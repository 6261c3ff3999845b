import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../services/fixtures';

/** `npm run web` as a user runs it: one clear line on success or failure, never a stack trace. */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
});
afterEach(() => cleanup());

/** Runs the CLI until it exits or prints its listening line (then stops it). */
function runWeb(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['cli/web.ts', ...args], { cwd: root, env: { ...process.env, LISTENFIRST_DATA: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('ListenFirst web transport on')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run web', () => {
  it('prints where it listens and which data folder it uses', async () => {
    const renderer = join(dir, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html>');
    const { stdout } = await runWeb(['--port', '0', '--data', join(dir, 'data'), '--renderer', renderer]);
    expect(stdout).toMatch(new RegExp(`^ListenFirst web transport on http://127\\.0\\.0\\.1:\\d+ \\(data: ${join(dir, 'data').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
  });

  it.each([
    [['--port', '0', '--renderer', '/nonexistent/renderer'], /run `npm run build:renderer`/],
    [['--port', 'http'], /--port must be a whole number/],
    [['--data'], /--data needs a value/],
    [['--verbose'], /Unknown option --verbose/],
  ])('explains %j in one message and exits 1', async (args, message) => {
    const { code, stderr } = await runWeb([...args, ...(args.includes('--data') ? [] : ['--data', join(dir, 'data')])]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

#!/usr/bin/env node
/**
 * `npm run cli -- <command>`: the ListenFirst command line. Each command lives in cli/commands/
 * and is loaded only when asked for, so `analyze` never pays for the scenario engine and vice versa.
 */
import type { Command, CommandIo } from './io';

const commands: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  analyze: { summary: 'analyze <file.jsonl>            label every rep turn (JSON lines out)', load: () => import('./commands/analyze') },
  score: { summary: 'score <transcript> [--rep NAME] [--json]   scorecard for a call transcript', load: () => import('./commands/score') },
  eval: { summary: 'eval [--dir DIR] [--json]       measure the analyzer on labelled data', load: () => import('./commands/eval') },
  check: { summary: 'check <files or folders...>     validate and graph-check scenarios', load: () => import('./commands/check') },
  play: { summary: 'play <scenario> --rep <file> [--seed N] [--json]   play rep lines against a scenario', load: () => import('./commands/play') },
};

function usage(): string {
  return ['Usage: npm run --silent cli -- <command> [options]', '', 'Commands:', ...Object.values(commands).map((c) => `  ${c.summary}`), ''].join('\n');
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`listenfirst: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  const { run } = await command.load();
  return run(rest, io);
}

const io: CommandIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

main(process.argv.slice(2), io).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    // A bug, not bad input: say so plainly; the stack only when asked for.
    io.stderr(`listenfirst: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.LISTENFIRST_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack);
    process.exitCode = 70;
  },
);

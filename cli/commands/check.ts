/**
 * `check <files or folders…>`: validates scenario files and graph-checks the machines they
 * compile to. Prints each problem as `path:line:col: error: message` and one summary line per
 * valid scenario; exits 1 when anything is wrong, 2 on usage errors.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { analyzeScenarioGraph, formatProblem, graphFindings, LIMITS, loadScenario, problemAt, STATES } from '../../core/scenario';
import type { CommandIo } from '../io';

const USAGE = 'usage: check <files or folders…>';

/** Expands folders into their .yaml/.yml files (sorted, recursive). */
async function expand(target: string): Promise<string[]> {
  const info = await stat(target);
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => resolve(e.parentPath, e.name))
    .sort();
}

/** Reads a file, refusing huge ones before reading them into memory. */
async function readScenarioFile(path: string): Promise<string | { error: string }> {
  const info = await stat(path);
  if (info.size > LIMITS.maxBytes * 4) return { error: `file is too large (${info.size} bytes; the limit is ${LIMITS.maxBytes})` };
  return readFile(path, 'utf8');
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.length === 0) {
    io.stderr(`check: no files given\n${USAGE}`);
    return 2;
  }
  let failed = false;
  for (const arg of args) {
    let files: string[];
    try {
      files = await expand(resolve(io.cwd, arg));
    } catch {
      io.stderr(`${arg}:1:1: error: no such file or folder`);
      failed = true;
      continue;
    }
    for (const path of files) {
      const shown = relative(io.cwd, path) || path;
      const source = await readScenarioFile(path);
      if (typeof source !== 'string') {
        io.stderr(`${shown}:1:1: error: ${source.error}`);
        failed = true;
        continue;
      }
      const loaded = loadScenario(source, shown);
      if (!loaded.ok) {
        for (const p of loaded.problems) io.stderr(formatProblem(p));
        failed = true;
        continue;
      }
      const report = analyzeScenarioGraph(loaded.scenario);
      const findings = graphFindings(loaded.scenario, report);
      for (const f of findings) io.stderr(formatProblem(problemAt(source, shown, f.path, f.message)));
      if (findings.length) failed = true;
      const reachable = STATES.filter((s) => report.states[s]).length;
      const layers = loaded.scenario.needs.length * 4;
      const phases = loaded.scenario.phases.length;
      const win = report.shortestWin ? `shortest win in ${report.shortestWin.length} moves` : 'no winning path';
      io.stdout(`${findings.length ? 'FAIL' : 'ok'} ${shown}: ${STATES.length} states, ${reachable} reachable` +
        `${phases ? `, ${Object.values(report.phases).filter(Boolean).length}/${phases} phases` : ''}` +
        `, ${layers - report.unreachableLayers.length}/${layers} layers, ${win}`);
      if (report.shortestWin) io.stdout(`  win: ${report.shortestWin.join(' → ')}`);
    }
  }
  return failed ? 1 : 0;
}

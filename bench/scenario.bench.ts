/**
 * Scenario engine speed, per bundled scenario: load + validate, graph check (target: well under a
 * second), and a played call (the generic listening script, analyzer included), plus hostile input
 * refusal time (1 MB file, alias bomb).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeScenarioGraph, loadScenario, playLines } from '../core/scenario';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Median milliseconds of `runs` runs after one warm-up. */
function median(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
}

export default async function run(): Promise<string[]> {
  const lines: string[] = [];
  const script = readFileSync(`${root}tests/fixtures/scripts/listening.txt`, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const file of readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.yaml')).sort()) {
    const source = readFileSync(`${root}scenarios/${file}`, 'utf8');
    const loaded = loadScenario(source, file);
    if (!loaded.ok) {
      lines.push(`${file}: invalid, skipped`);
      continue;
    }
    const load = median(() => loadScenario(source, file), 9);
    let explored = 0;
    const graph = median(() => { explored = analyzeScenarioGraph(loaded.scenario).explored; }, 3);
    const play = median(() => playLines(loaded.scenario, script, { seed: 1 }), 9);
    lines.push(`${file}: load+validate ${load.toFixed(1)} ms · graph check ${graph.toFixed(0)} ms (${explored} abstract states) · ${script.length}-turn call ${play.toFixed(1)} ms (${(play / script.length).toFixed(2)} ms/turn)`);
  }
  const huge = `id: x\nnotes: "${'x'.repeat(1_100_000)}"\n`;
  const bomb = 'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  lines.push(`hostile input refused: 1.1 MB file ${median(() => loadScenario(huge, 'h'), 9).toFixed(2)} ms · alias bomb ${median(() => loadScenario(bomb, 'b'), 9).toFixed(2)} ms`);
  return lines;
}

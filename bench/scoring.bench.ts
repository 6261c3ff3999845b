/**
 * Scoring speed: a 60-turn transcript (target: under 20 ms, analyzer included), plus the
 * import of the same call as text and the metrics/rubric step alone.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeTurns, scoreAnalyzedTurns, scoreConversation, type ScoringTurn } from '../core/scoring';
import { parseTranscript } from '../core/transcript';

const fixtures = fileURLToPath(new URL('../tests/fixtures/transcripts/', import.meta.url));

/** Times `fn` `runs` times after a warm-up; returns milliseconds per run, sorted. */
function time(fn: () => unknown, runs: number): number[] {
  for (let i = 0; i < Math.min(20, runs); i += 1) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

/**
 * Mean CPU milliseconds per run: on a loaded machine wall-clock samples include time spent
 * waiting for a core, which CPU time leaves out.
 */
function cpuTime(fn: () => unknown, runs: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i += 1) fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const summary = (label: string, s: number[]) => `${label}: median ${ms(at(s, 0.5))}, p99 ${ms(at(s, 0.99))}, max ${ms(s.at(-1)!)} (${s.length} runs)`;

export default async function run(): Promise<string[]> {
  // Two real calls back to back, repeated until the transcript has 60 turns.
  const source = ['good-logistics-ap.txt', 'pitchy-retail-scheduling.txt']
    .map((f) => readFileSync(fixtures + f, 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('\n'))
    .join('\n')
    .replaceAll('Chad:', 'Maya:')
    .replaceAll('Lisa:', 'Dana:');
  const lines = source.split('\n').filter((l) => l.trim() !== '');
  const sixty = Array.from({ length: 60 }, (_, i) => lines[i % lines.length]!).join('\n');
  const transcriptText = `# rep: Maya\n${sixty}`;
  const turns: ScoringTurn[] = parseTranscript(transcriptText).turns.map((t) => ({ speaker: t.role, text: t.text }));
  const analyzed = analyzeTurns(turns);

  const full = time(() => scoreConversation(turns), 300);
  const importAndScore = time(() => scoreConversation(parseTranscript(transcriptText).turns.map((t) => ({ speaker: t.role, text: t.text }))), 300);
  const rubricOnly = time(() => scoreAnalyzedTurns(analyzed), 2000);
  const cpu = cpuTime(() => scoreConversation(turns), 300);
  return [
    `${turns.length}-turn transcript (${turns.filter((t) => t.speaker === 'rep').length} rep turns), target < 20 ms`,
    summary('score (analyze + metrics + rubric)', full),
    summary('import text + score', importAndScore),
    summary('metrics + rubric on analyzed turns', rubricOnly),
    `score, CPU time: mean ${ms(cpu)} per transcript (wall-clock figures above include waiting for a core)`,
  ];
}

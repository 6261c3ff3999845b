/**
 * `play <scenario id or path> --rep <file> [--seed N] [--json]`: plays a file of rep lines (one
 * turn per line; blank and `#` lines ignored) against a scenario and prints the exchange, or one
 * JSON object with `--json`. Stops when the customer ends the call.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzerContext, formatProblem, LIMITS, loadScenario, playLines, type PlayResult, type Scenario } from '../../core/scenario';
import { scoreAnalyzedTurns } from '../../core/scoring';
import { InputError, parseCommandArgs, reportingInputErrors } from '../args';
import type { CommandIo } from '../io';

const USAGE = 'usage: play <scenario id or path> --rep <file> [--seed N] [--json]';
/** The bundled library, looked up by scenario id. */
export const SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

async function readText(path: string, what: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(`${path}:1:1: error: cannot read ${what}`);
  }
  if (text.length > LIMITS.maxBytes) throw new InputError(`${path}:1:1: error: ${what} is too large (limit ${LIMITS.maxBytes} characters)`);
  return text;
}

/** Finds a scenario by path, or by id in the bundled scenarios folder (file name, then `id:` field). */
async function findScenario(ref: string, cwd: string): Promise<{ path: string; source: string }> {
  if (/[\\/]|\.ya?ml$/i.test(ref)) {
    const path = resolve(cwd, ref);
    return { path, source: await readText(path, 'scenario') };
  }
  const direct = resolve(SCENARIOS_DIR, `${ref}.yaml`);
  try {
    return { path: direct, source: await readFile(direct, 'utf8') };
  } catch {
    for (const name of (await readdir(SCENARIOS_DIR)).filter((n) => n.endsWith('.yaml')).sort()) {
      const path = resolve(SCENARIOS_DIR, name);
      const source = await readFile(path, 'utf8');
      if (new RegExp(`^id:\\s*['"]?${ref.replace(/[^a-z0-9_-]/gi, '')}['"]?\\s*$`, 'm').test(source)) return { path, source };
    }
  }
  throw new InputError(`play: no scenario '${ref}' (give a path, or an id from ${SCENARIOS_DIR})`);
}

/** The rep lines of a script: one per line, blank lines and `#` comments skipped. */
export function repLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The JSON shape other tools rely on (kept stable). */
export function playJson(scenario: Scenario, result: PlayResult) {
  const scoringTurns = result.turns.flatMap((t) => [
    { speaker: 'rep' as const, text: t.rep, analysis: t.analysis },
    ...(t.customer ? [{ speaker: 'customer' as const, text: t.customer }] : []),
  ]);
  const scorecard = scoreAnalyzedTurns(scoringTurns, {
    context: analyzerContext(scenario),
    scenarioResult: { outcome: result.outcome, needs: result.needs },
  });
  return {
    scenario: result.scenario,
    seed: result.seed,
    turns: result.turns.map((t) => ({ rep: t.rep, customer: t.customer, state: t.state, trust: t.trust, revealed: t.revealed })),
    outcome: result.outcome,
    needs: result.needs,
    scorecard,
  };
}

function renderText(scenario: Scenario, result: PlayResult): string {
  const who = scenario.persona.name.split(' ')[0]?.toUpperCase() ?? 'CUSTOMER';
  const out = [`${scenario.title}: ${scenario.persona.name}, ${scenario.persona.role}, ${scenario.persona.company} (seed ${result.seed})`, ''];
  let before: Record<string, string> = {};
  for (const t of result.turns) {
    const opened = Object.entries(t.revealed).filter(([id, d]) => d !== 'none' && before[id] !== d).map(([id, d]) => `${id}: ${d}`);
    before = t.revealed;
    out.push(`REP: ${t.rep}`);
    if (t.customer) out.push(`${who}: ${t.customer}`);
    out.push(`   [${t.state} · trust ${t.trust}${opened.length ? ` · disclosed ${opened.join(', ')}` : ''}]`, '');
  }
  const uncovered = result.needs.uncovered.map((n) => `${n.id} (${n.depth})`).join(', ') || 'none';
  out.push(`Outcome: ${result.outcome} · uncovered: ${uncovered} · missed: ${result.needs.missed.join(', ') || 'none'}`);
  return out.join('\n');
}

export async function run(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(args, io, {
    command: 'play',
    usage: USAGE,
    positional: 'scenario',
    options: { rep: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
  });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { values, positional: ref } = parsed;
  if (!values.rep) {
    io.stderr(`play: missing --rep <file>\n${USAGE}`);
    return 2;
  }
  const seedText = values.seed ?? '1';
  if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 2 ** 31) {
    io.stderr(`play: --seed must be a whole number from 0 to 2147483648 (got '${seedText}')`);
    return 2;
  }
  const repFile = values.rep;
  return reportingInputErrors(io, async () => {
    const { path, source } = await findScenario(ref, io.cwd);
    const loaded = loadScenario(source, path);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr(formatProblem(p));
      return 1;
    }
    const lines = repLines(await readText(resolve(io.cwd, repFile), 'rep script'));
    const result = playLines(loaded.scenario, lines, { seed: Number(seedText) });
    io.stdout(values.json ? JSON.stringify(playJson(loaded.scenario, result), null, 2) : renderText(loaded.scenario, result));
    return 0;
  });
}

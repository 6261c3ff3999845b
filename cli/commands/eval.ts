/**
 * `eval [--dir DIR] [--json]`: measures the analyzer on every labelled `*.jsonl` file in
 * `<repo>/../shared/eval/` (or DIR) and prints per-label precision, recall, F1 and Cohen's kappa,
 * question and SPIN confusion matrices, and whether each target of issue 3 is met, per file and combined.
 * Exit code: 0 when every combined target is met, 1 when one is missed or a line is malformed, 2 when
 * there is nothing to evaluate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIo } from '../io';
import { parseLabelled, type LabelledTurn } from '../eval/dataset';
import { evaluate, type EvalReport } from '../eval/evaluate';
import { formatReport } from '../eval/format';

/** `<repo>/../shared/eval`, found from this file's location so it works from any working directory. */
export function defaultEvalDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval');
}

/** Reads the labelled files of a folder; malformed lines come back as `file:line: message`. */
export function loadEvalDir(dir: string): { files: { name: string; turns: LabelledTurn[] }[]; errors: string[] } {
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort();
  const files: { name: string; turns: LabelledTurn[] }[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const parsed = parseLabelled(name, readFileSync(join(dir, name), 'utf8'));
    errors.push(...parsed.errors);
    if (parsed.turns.length) files.push({ name, turns: parsed.turns });
  }
  return { files, errors };
}

/** Runs the command; see the module comment for the contract. */
export async function run(args: string[], io: CommandIo): Promise<number> {
  const json = args.includes('--json');
  const dirAt = args.indexOf('--dir');
  if (dirAt >= 0 && !args[dirAt + 1]) {
    io.stderr('eval: --dir needs a folder, e.g. --dir ../shared/eval');
    return 2;
  }
  const dir = dirAt >= 0 ? resolve(io.cwd, args[dirAt + 1] as string) : defaultEvalDir();
  let loaded: ReturnType<typeof loadEvalDir>;
  try {
    loaded = loadEvalDir(dir);
  } catch {
    io.stderr(`eval: cannot read the labelled data folder '${dir}' (expected <repo>/../shared/eval or --dir DIR)`);
    return 2;
  }
  for (const e of loaded.errors) io.stderr(e);
  if (loaded.files.length === 0) {
    io.stderr(`eval: no labelled *.jsonl files in '${dir}'`);
    return 2;
  }
  const reports: EvalReport[] = loaded.files.map((f) => evaluate(f.name, f.turns));
  const combined = loaded.files.length > 1 ? evaluate('combined', loaded.files.flatMap((f) => f.turns)) : reports[0] as EvalReport;
  const allMet = combined.targets.every((t) => t.met);
  if (json) {
    const strip = (r: EvalReport) => ({ ...r, mistakes: r.mistakes.length });
    io.stdout(JSON.stringify({ dir, files: reports.map(strip), combined: strip(combined), allTargetsMet: allMet }, null, 2));
  } else {
    const lines = [`Analyzer evaluation on ${dir}`, ''];
    for (const r of reports) lines.push(...formatReport(r));
    if (loaded.files.length > 1) lines.push(...formatReport(combined));
    lines.push(allMet ? 'All targets met.' : `Targets missed: ${combined.targets.filter((t) => !t.met).map((t) => t.name).join(', ')}`);
    io.stdout(lines.join('\n'));
  }
  return loaded.errors.length || !allMet ? 1 : 0;
}

/**
 * Writes scenarios/schema.json from the zod schema, so editors (VS Code's YAML extension)
 * validate scenario files while trainers type. Run: `npx tsx scripts/gen-scenario-schema.ts`.
 * `--check` exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../core/scenario/json-schema';

const target = fileURLToPath(new URL('../scenarios/schema.json', import.meta.url));
const text = scenarioJsonSchema();
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as out of date */ }
  if (current !== text) {
    process.stderr.write('scenarios/schema.json is out of date: run npx tsx scripts/gen-scenario-schema.ts\n');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}

/**
 * `npm run bench`: runs every bench/*.bench.ts and prints its result lines.
 * Benchmarks measure; tests never assert timings.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: () => Promise<string[]> };
  console.log(`## ${file.replace(/\.bench\.ts$/, '')}`);
  for (const line of await mod.default()) console.log(`  ${line}`);
}

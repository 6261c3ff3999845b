/**
 * Matching the caller's vocabularies (scenario topics, brief facts) against a turn on stems, so
 * "invoices" matches the term "invoice" and "month-end close" matches "month end closing".
 */
import { stem, words } from './text';

/** Term lists compiled to stem sequences once per array object. */
const compiled = new WeakMap<object, string[][][]>();

function compile(entries: { terms: string[] }[]): string[][][] {
  const hit = compiled.get(entries);
  if (hit) return hit;
  const out = entries.map((e) => e.terms.map((t) => words(t.toLowerCase().replace(/-/g, ' ')).map(stem)).filter((seq) => seq.length > 0));
  compiled.set(entries, out);
  return out;
}

/** True when the stem sequence `seq` occurs contiguously in `stems`. */
function contains(stems: string[], seq: string[]): boolean {
  outer: for (let i = 0; i + seq.length <= stems.length; i++) {
    for (let j = 0; j < seq.length; j++) if (stems[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** Ids of the entries whose terms appear in the turn (given as hyphen-split stems). */
export function matchVocabulary<T extends { id: string; terms: string[] }>(entries: T[] | undefined, stems: string[]): string[] {
  if (!entries || entries.length === 0) return [];
  const seqs = compile(entries);
  const ids: string[] = [];
  entries.forEach((e, i) => {
    if ((seqs[i] ?? []).some((seq) => contains(stems, seq))) ids.push(e.id);
  });
  return ids;
}

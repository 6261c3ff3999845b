import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabelled } from '../../../cli/eval/dataset';
import { evaluate } from '../../../cli/eval/evaluate';

const repo = resolve(__dirname, '..', '..', '..');
const devFile = resolve(repo, '..', 'shared', 'eval', 'dev.jsonl');
const holdoutFile = resolve(repo, 'tests', 'fixtures', 'analyzer', 'holdout.jsonl');

function targetsOf(file: string) {
  const { turns, errors } = parseLabelled(file, readFileSync(file, 'utf8'));
  expect(errors).toEqual([]);
  return evaluate(file, turns).targets.map((t) => ({ name: t.name, met: t.met, value: Number(t.value.toFixed(3)) }));
}

describe('accuracy targets of issue 3', () => {
  it('are met on the shared dev set (../shared/eval/dev.jsonl)', () => {
    if (!existsSync(devFile)) throw new Error(`The labelled dev set is missing: expected ${devFile} (the shared eval folder next to the repo).`);
    for (const t of targetsOf(devFile)) expect(t, `${t.name} = ${t.value}`).toMatchObject({ met: true });
  });

  it('are met on our own hand-labelled holdout set', () => {
    for (const t of targetsOf(holdoutFile)) expect(t, `${t.name} = ${t.value}`).toMatchObject({ met: true });
  });
});

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScenarioLibrary, type ScenarioLibrary } from '../../../electron/services/scenario-library';
import type { ScenarioValidator } from '../../../electron/services/scenario-metadata';
import { tempDataDir } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let bundled: string;
let user: string;
let library: ScenarioLibrary;

const OPS = `meta:
  id: ops-director
  title: Ops director at a SaaS scale-up
  industry: SaaS
  difficulty: Medium
  expected_minutes: 12
  tags: [operations, reporting]
persona:
  name: Dana Ruiz
  role: Director of Operations
  company: Brightline
`;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  bundled = join(dir, 'bundled');
  user = join(dir, 'scenarios');
  await mkdir(bundled);
  await writeFile(join(bundled, 'ops-director.yaml'), OPS);
  await writeFile(join(bundled, 'broken.yml'), 'id: broken\ntitle: "unterminated\nsteps: [\n');
  await writeFile(join(bundled, 'notes.txt'), 'not a scenario');
  library = createScenarioLibrary({ bundledDir: bundled, userDir: user });
});
afterEach(() => cleanup());

describe('ScenarioLibrary', () => {
  it('lists bundled scenarios with their metadata and reports a broken file instead of failing', async () => {
    const listings = await library.list();
    expect(listings.map((l) => l.file)).toEqual(['broken.yml', 'ops-director.yaml']);
    expect(listings[1]).toEqual({
      id: 'ops-director', file: 'ops-director.yaml', source: 'bundled', title: 'Ops director at a SaaS scale-up',
      industry: 'SaaS', difficulty: 'medium', expectedMinutes: 12, persona: 'Dana Ruiz, Director of Operations',
      company: 'Brightline', tags: ['operations', 'reporting'], problems: [],
    });
    expect(listings[0]!.problems[0]).toMatch(/^broken\.yml:\d+:\d+: error: /);
  });

  it('reads a scenario by id', async () => {
    const { listing, yaml } = await library.read('ops-director');
    expect(listing.title).toContain('Ops director');
    expect(yaml).toBe(OPS);
    await expect(library.read('nope')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('imports a valid scenario into the user folder and lists it', async () => {
    const listing = await library.import('Cold Call.yaml', 'id: cold-call\ntitle: Cold call\n');
    expect(listing).toMatchObject({ id: 'cold-call', source: 'user', file: 'Cold Call.yaml', problems: [] });
    expect(await readFile(join(user, 'Cold Call.yaml'), 'utf8')).toContain('cold-call');
    expect((await library.list()).map((l) => l.id)).toContain('cold-call');
    // Importing the identical file again is harmless.
    expect(await library.import('Cold Call.yaml', 'id: cold-call\ntitle: Cold call\n')).toMatchObject({ id: 'cold-call' });
  });

  it('never overwrites a different file with the same name', async () => {
    await library.import('mine.yaml', 'id: first\ntitle: First\n');
    const second = await library.import('mine.yaml', 'id: second\ntitle: Second\n');
    expect(second.file).toBe('mine-2.yaml');
    expect(await readFile(join(user, 'mine.yaml'), 'utf8')).toContain('first');
  });

  it('refuses a different scenario reusing an existing id', async () => {
    await expect(library.import('copy.yaml', 'id: ops-director\ntitle: Other\n')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('rejects an invalid scenario with path:line:col problems and writes nothing', async () => {
    const error = await library.import('bad.yaml', 'id: bad\ntitle: [oops\n').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_scenario', details: [expect.stringMatching(/^bad\.yaml:\d+:\d+: error: /)] });
    await expect(readdir(user)).resolves.toEqual([]);
  });

  it.each(['../evil.yaml', 'sub/dir.yaml', '.hidden.yaml', 'script.sh', 'a..b.yaml'])('rejects the file name %s', async (name) => {
    await expect(library.import(name, 'id: x\ntitle: X\n')).rejects.toMatchObject({ code: 'bad_request' });
    await expect(readdir(user)).resolves.toEqual([]);
  });

  it('points YAML syntax errors at the right line', async () => {
    const error = await library.import('dup.yaml', 'id: dup\ntitle: One\ntitle: Two\n').catch((e: unknown) => e);
    expect(error).toMatchObject({ details: ['dup.yaml:3:1: error: Map keys must be unique'] });
  });

  it('uses an injected validator (the scenario schema) for problems and metadata', async () => {
    const validate: ScenarioValidator = (source, file) => source.includes('stages:')
      ? { problems: [], summary: { title: 'From the schema' } }
      : { problems: [`${file}:1:1: error: missing stages`] };
    const strict = createScenarioLibrary({ bundledDir: bundled, userDir: user, validate });
    const listings = await strict.list();
    expect(listings.find((l) => l.id === 'ops-director')?.problems).toEqual(['ops-director.yaml:1:1: error: missing stages']);
    expect(await strict.import('ok.yaml', 'id: ok\nstages: []\n')).toMatchObject({ title: 'From the schema' });
  });

  it('flags duplicate ids across the bundled and user folders', async () => {
    await mkdir(user, { recursive: true });
    await writeFile(join(user, 'mine.yaml'), 'meta:\n  id: ops-director\n  title: Mine\n');
    const mine = (await library.list()).find((l) => l.source === 'user');
    expect(mine?.problems[0]).toContain('duplicate id "ops-director"');
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScenarioLibrary } from '../../../electron/services/scenario-library';
import { validateScenarioFile } from '../../../electron/services/scenario-validation';

const bundledDir = fileURLToPath(new URL('../../../scenarios', import.meta.url));

describe('scenario library with the full scenario check', () => {
  it('lists every bundled scenario as playable, with its card metadata', async () => {
    const library = createScenarioLibrary({ bundledDir, userDir: join(bundledDir, 'no-user-folder'), validate: validateScenarioFile });
    const listings = await library.list();
    expect(listings.length).toBeGreaterThan(0);
    for (const listing of listings) {
      expect(listing.problems, listing.file).toEqual([]);
      expect(listing).toMatchObject({ source: 'bundled', title: expect.any(String), persona: expect.stringContaining(', '), company: expect.any(String) });
    }
  });

  it('reports schema problems as file:line:col lines', async () => {
    const name = (await createScenarioLibrary({ bundledDir, userDir: bundledDir }).list())[0]!.file;
    const source = await readFile(join(bundledDir, name), 'utf8');
    const broken = source.replace(/^difficulty: .*$/m, 'difficulty: impossible');
    const { problems } = await validateScenarioFile(broken, 'mine.yaml');
    expect(problems).toEqual([expect.stringMatching(/^mine\.yaml:\d+:\d+: error: .*difficulty/)]);
  });
});

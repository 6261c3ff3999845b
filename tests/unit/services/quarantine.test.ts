import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuarantine, type Quarantine } from '../../../electron/services/quarantine';
import { ServiceError } from '../../../electron/services/errors';
import { tempDataDir } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let quarantine: Quarantine;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  quarantine = createQuarantine(join(dir, 'quarantine'));
});
afterEach(() => cleanup());

describe('quarantine', () => {
  it('should report which file, why and where it went, until the notice is dismissed', async () => {
    await writeFile(join(dir, 'sessions', 'bad.json'), 'not json');
    const entry = await quarantine.moveIn(join(dir, 'sessions', 'bad.json'), 'not valid JSON at 1:1');
    expect(entry).toEqual({ id: expect.stringMatching(/-bad\.json$/), file: 'bad.json', reason: 'not valid JSON at 1:1', movedTo: join(dir, 'quarantine', entry.id) });
    expect(await quarantine.list()).toEqual([entry]);

    await quarantine.dismiss(entry.id);
    expect(await quarantine.list()).toEqual([]);
    expect(await readFile(entry.movedTo, 'utf8')).toBe('not json');
    expect((await readdir(join(dir, 'quarantine'))).sort()).toEqual([entry.id, `${entry.id}.reason.json`]);
  });

  it('should keep an unreadable note\'s text when its notice is dismissed', async () => {
    await writeFile(join(dir, 'quarantine', 'odd.json'), '{}');
    await writeFile(join(dir, 'quarantine', 'odd.json.reason.json'), '{"file": "odd.json", "reas');
    expect(await quarantine.list()).toEqual([{ id: 'odd.json', file: 'odd.json', reason: 'quarantined (reason note unreadable)', movedTo: join(dir, 'quarantine', 'odd.json') }]);
    await quarantine.dismiss('odd.json');
    expect(await quarantine.list()).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, 'quarantine', 'odd.json.reason.json'), 'utf8'))).toMatchObject({ unreadableNote: '{"file": "odd.json", "reas' });
    expect(await readFile(join(dir, 'quarantine', 'odd.json'), 'utf8')).toBe('{}');
  });

  it('should refuse to dismiss a name that is not in quarantine, and ignore hidden temp files', async () => {
    await writeFile(join(dir, 'quarantine', '.tmp-1a2b-x.json.reason.json'), '{"file": "x.json", "reason": "half-written"}');
    expect(await quarantine.list()).toEqual([]);
    for (const id of ['nobody.json', '.tmp-1a2b-x.json', '../sessions/index.json']) {
      await expect(quarantine.dismiss(id)).rejects.toThrow(ServiceError);
    }
  });
});

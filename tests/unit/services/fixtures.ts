import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { SessionMeta, SessionTurn } from '../../../core/session/types';
import { ensureDataDir } from '../../../electron/services/data-dir';

/** A fresh data directory (with its layout) in the OS temp folder. */
export async function tempDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'listenfirst-test-'));
  await ensureDataDir(dir);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function meta(id: string, overrides: Partial<SessionMeta> = {}): SessionMeta {
  return {
    id,
    scenarioId: 'saas-ops-director',
    scenarioTitle: 'Ops director at a SaaS scale-up',
    startedAt: '2026-05-01T10:00:00.000Z',
    seed: 42,
    ...overrides,
  };
}

export function turn(index: number, text = `turn ${index}`): SessionTurn {
  return {
    index,
    speaker: index % 2 === 0 ? 'rep' : 'customer',
    text,
    at: new Date(Date.UTC(2026, 4, 1, 10, 0, index)).toISOString(),
  };
}

/** Every file under `dir` with its size and content, to prove nothing was written. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      const key = relative(dir, full);
      if (entry.isDirectory()) {
        out[`${key}/`] = 'dir';
        await walk(full);
      } else {
        out[key] = `${(await stat(full)).size}:${await readFile(full, 'utf8')}`;
      }
    }
  }
  await walk(dir);
  return out;
}

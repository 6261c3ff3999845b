import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SessionDocument } from '../../../core/session/types';
import { ServiceError } from '../../../electron/services/errors';
import { createSessionStore, type SessionStore } from '../../../electron/services/session-store';
import { meta, snapshotTree, tempDataDir, turn } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
let store: SessionStore;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  store = createSessionStore(dir);
});
afterEach(() => cleanup());

async function recordSession(id: string, turns: number, startedAt = '2026-05-01T10:00:00.000Z'): Promise<void> {
  await store.start(meta(id, { startedAt }));
  for (let i = 0; i < turns; i++) await store.append(id, turn(i));
}

async function errorOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('SessionStore', () => {
  it('records turns as they happen and lists the session as in progress', async () => {
    await recordSession('s1', 3);
    const { sessions } = await store.list();
    expect(sessions).toEqual([expect.objectContaining({ id: 's1', status: 'in_progress', outcome: 'in_progress', turnCount: 3 })]);
    // A fresh store (the app restarted) sees the same turns.
    const doc = await createSessionStore(dir).get('s1');
    expect(doc.turns.map((t) => t.text)).toEqual(['turn 0', 'turn 1', 'turn 2']);
  });

  it('finishes a session into one self-describing document and removes the journal', async () => {
    await recordSession('s1', 2);
    const summary = await store.finish('s1', { outcome: 'next_step', score: { listening: 80, pitching: 10, rubricVersion: 'r1' } });
    expect(summary).toMatchObject({ id: 's1', status: 'finished', outcome: 'next_step', turnCount: 2, listening: 80, pitching: 10 });
    const files = await readdir(join(dir, 'sessions'));
    expect(files.sort()).toEqual(['index.json', 's1.json']);
    const onDisk = JSON.parse(await readFile(join(dir, 'sessions', 's1.json'), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'listenfirst.session', schemaVersion: 1, status: 'finished' });
    expect(SessionDocument.safeParse(onDisk).success).toBe(true);
    await expect(store.append('s1', turn(2))).rejects.toMatchObject({ code: 'conflict' });
  });

  it('round-trips export and import, giving a clashing id a new id instead of overwriting', async () => {
    await recordSession('s1', 4);
    await store.finish('s1', { outcome: 'brush_off' });
    const exported = await store.export('s1');
    expect(exported.fileName).toBe('saas-ops-director-2026-05-01-s1.listenfirst.json');

    const other = await tempDataDir();
    try {
      const imported = await createSessionStore(other.dir).import(exported.content);
      expect(imported.id).toBe('s1');
      expect(await createSessionStore(other.dir).get('s1')).toEqual(await store.get('s1'));
    } finally {
      await other.cleanup();
    }

    const again = await store.import(exported.content);
    expect(again.id).not.toBe('s1');
    expect(again.id).toMatch(/^s1-imported-/);
    const { sessions } = await store.list();
    expect(sessions.map((s) => s.id).sort()).toEqual([again.id, 's1'].sort());
    expect((await store.get(again.id)).turns).toEqual((await store.get('s1')).turns);
  });

  it('exports what exists of a session still in progress', async () => {
    await recordSession('live', 2);
    const { content } = await store.export('live');
    expect(JSON.parse(content)).toMatchObject({ status: 'in_progress', turns: [{ index: 0 }, { index: 1 }] });
  });

  it('recovers every complete turn from a journal cut in the middle of a line, and reports the cut', async () => {
    await recordSession('cut', 3);
    const journal = join(dir, 'sessions', 'cut.journal.jsonl');
    await appendFile(journal, '{"index":3,"speaker":"rep","te');
    const fresh = createSessionStore(dir);
    const doc = await fresh.get('cut');
    expect(doc.turns.map((t) => t.index)).toEqual([0, 1, 2]);
    const { quarantined, sessions } = await fresh.list();
    expect(sessions).toEqual([expect.objectContaining({ id: 'cut', turnCount: 3 })]);
    expect(quarantined).toEqual([expect.objectContaining({ file: 'cut.journal.jsonl', reason: expect.stringContaining('recovered 3 complete turn(s)') })]);
    expect(await readFile(quarantined[0]!.movedTo, 'utf8')).toContain('"speaker":"rep","te');
    // Resuming appends on a clean line.
    await fresh.append('cut', turn(3, 'resumed'));
    expect((await createSessionStore(dir).get('cut')).turns.map((t) => t.text)).toEqual(['turn 0', 'turn 1', 'turn 2', 'resumed']);
  });

  it('quarantines a corrupt document and still lists the others', async () => {
    for (const id of ['a', 'b', 'c']) {
      await recordSession(id, 1);
      await store.finish(id, { outcome: 'next_step' });
    }
    await writeFile(join(dir, 'sessions', 'b.json'), '{"format":"listenfirst.session","schemaVersion":1,"meta":');
    await rm(join(dir, 'sessions', 'index.json'));
    const { sessions, quarantined } = await createSessionStore(dir).list();
    expect(sessions.map((s) => s.id).sort()).toEqual(['a', 'c']);
    expect(quarantined).toEqual([expect.objectContaining({ file: 'b.json', reason: expect.stringContaining('not valid JSON') })]);
    // It stays reported on later listings until the user deals with it.
    expect((await createSessionStore(dir).list()).quarantined).toHaveLength(1);
    await expect(createSessionStore(dir).get('b')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('quarantines a document that fails the schema when it is opened', async () => {
    await recordSession('bad', 1);
    await store.finish('bad', { outcome: 'next_step' });
    const file = join(dir, 'sessions', 'bad.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.turns[0].speaker = 'robot';
    await writeFile(file, JSON.stringify(doc));
    const error = await errorOf(createSessionStore(dir).get('bad'));
    expect(error.code).toBe('corrupt');
    expect(error.details?.join()).toContain('turns.0.speaker');
    expect((await store.list()).quarantined[0]?.reason).toContain('turns.0.speaker');
  });

  it('quarantines a journal whose header is unreadable', async () => {
    await writeFile(join(dir, 'sessions', 'broken.journal.jsonl'), 'not json\n{"index":0}\n');
    await recordSession('fine', 1);
    const { sessions, quarantined } = await store.list();
    expect(sessions.map((s) => s.id)).toEqual(['fine']);
    expect(quarantined).toEqual([expect.objectContaining({ file: 'broken.journal.jsonl', reason: expect.stringContaining('header') })]);
  });

  it('rebuilds a missing or corrupt index from the documents', async () => {
    for (const id of ['a', 'b']) {
      await recordSession(id, 2);
      await store.finish(id, { outcome: 'next_step' });
    }
    const indexFile = join(dir, 'sessions', 'index.json');
    await writeFile(indexFile, '{"format":"listenfirst.session-index","version":1,"entries":[{"id":');
    expect((await createSessionStore(dir).list()).sessions.map((s) => s.id).sort()).toEqual(['a', 'b']);
    expect(JSON.parse(await readFile(indexFile, 'utf8')).entries).toHaveLength(2);
    await rm(indexFile);
    expect((await createSessionStore(dir).list()).sessions.map((s) => s.id).sort()).toEqual(['a', 'b']);
  });

  it('reconciles the index with documents added or removed behind its back', async () => {
    for (const id of ['a', 'b']) {
      await recordSession(id, 1);
      await store.finish(id, { outcome: 'next_step' });
    }
    const { content } = await store.export('a');
    await writeFile(join(dir, 'sessions', 'z.json'), content.replace('"id": "a"', '"id": "z"'));
    await rm(join(dir, 'sessions', 'b.json'));
    expect((await createSessionStore(dir).list()).sessions.map((s) => s.id).sort()).toEqual(['a', 'z']);
  });

  it('keeps the document when the app stopped between writing it and removing the journal', async () => {
    await recordSession('s', 2);
    const journal = await readFile(join(dir, 'sessions', 's.journal.jsonl'), 'utf8');
    await store.finish('s', { outcome: 'next_step' });
    await writeFile(join(dir, 'sessions', 's.journal.jsonl'), journal);
    const { sessions } = await createSessionStore(dir).list();
    expect(sessions).toEqual([expect.objectContaining({ id: 's', status: 'finished' })]);
    expect(await readdir(join(dir, 'sessions'))).not.toContain('s.journal.jsonl');
  });

  it('does not interleave concurrent appends to two sessions, and keeps one session in order', async () => {
    await store.start(meta('x'));
    await store.start(meta('y'));
    const long = (tag: string, i: number) => `${tag}-${i}-${'word '.repeat(2000)}`;
    await Promise.all(Array.from({ length: 40 }, (_, i) => [
      store.append('x', turn(i, long('x', i))),
      store.append('y', turn(i, long('y', i))),
    ]).flat());
    for (const id of ['x', 'y']) {
      const doc = await createSessionStore(dir).get(id);
      expect(doc.turns.map((t) => t.index)).toEqual(Array.from({ length: 40 }, (_, i) => i));
      expect(doc.turns.every((t) => t.text.startsWith(`${id}-${t.index}-`))).toBe(true);
    }
    expect((await store.list()).quarantined).toEqual([]);
  });

  it('lists safely while turns are being written and sessions finished', async () => {
    await store.start(meta('busy'));
    await store.start(meta('ending'));
    const work = [
      ...Array.from({ length: 30 }, (_, i) => store.append('busy', turn(i, 'x'.repeat(5000)))),
      store.append('ending', turn(0)).then(() => store.finish('ending', { outcome: 'next_step' })),
    ];
    const listings = Array.from({ length: 10 }, () => store.list());
    await Promise.all([...work, ...listings]);
    for (const { quarantined } of await Promise.all(listings)) expect(quarantined).toEqual([]);
    const { sessions, quarantined } = await createSessionStore(dir).list();
    expect(quarantined).toEqual([]);
    expect(sessions.map((s) => [s.id, s.status, s.turnCount]).sort()).toEqual([['busy', 'in_progress', 30], ['ending', 'finished', 1]]);
  });

  it('filters by scenario, date range and status, newest first', async () => {
    await recordSession('old', 1, '2026-01-10T09:00:00.000Z');
    await store.finish('old', { outcome: 'next_step' });
    await recordSession('mid', 1, '2026-03-05T09:00:00.000Z');
    await store.finish('mid', { outcome: 'brush_off' });
    await store.start(meta('new', { startedAt: '2026-03-20T09:00:00.000Z', scenarioId: 'other' }));
    expect((await store.list()).sessions.map((s) => s.id)).toEqual(['new', 'mid', 'old']);
    expect((await store.list({ scenarioId: 'other' })).sessions.map((s) => s.id)).toEqual(['new']);
    expect((await store.list({ status: 'finished' })).sessions.map((s) => s.id)).toEqual(['mid', 'old']);
    expect((await store.list({ from: '2026-03-01', to: '2026-03-05' })).sessions.map((s) => s.id)).toEqual(['mid']);
    await expect(store.list({ from: 'last tuesday' })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('query.from') });
  });

  it('deletes a session and its index entry', async () => {
    await recordSession('gone', 1);
    await store.finish('gone', { outcome: 'next_step' });
    await recordSession('live', 1);
    await store.delete('gone');
    await store.delete('live');
    expect((await createSessionStore(dir).list()).sessions).toEqual([]);
    await expect(store.delete('gone')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('carries on when the sessions folder was removed by hand', async () => {
    await rm(join(dir, 'sessions'), { recursive: true });
    expect((await store.list()).sessions).toEqual([]);
    await recordSession('after', 1);
    expect((await createSessionStore(dir).list()).sessions.map((s) => s.id)).toEqual(['after']);
  });

  it('refuses to start a session whose id is taken', async () => {
    await recordSession('dup', 0);
    await expect(store.start(meta('dup'))).rejects.toMatchObject({ code: 'conflict' });
  });

  describe('import of hostile or invalid files gives a clear error and writes nothing', () => {
    const valid = {
      format: 'listenfirst.session', schemaVersion: 1, status: 'finished', outcome: 'next_step', turns: [],
      meta: meta('imp'),
    };
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{"format": "listenfirst.session",\n  oops}', /not valid JSON: line 2, column 3/],
      ['empty', '', /not valid JSON/],
      ['an array', '[]', /JSON object/],
      ['another app\'s file', JSON.stringify({ format: 'something-else' }), /"format" must be/],
      ['a future version', JSON.stringify({ ...valid, schemaVersion: 7 }), /newer ListenFirst \(schemaVersion 7\)/],
      ['a schema violation', JSON.stringify({ ...valid, turns: [{ ...turn(0), speaker: 'robot' }] }), /Invalid session document/],
      ['an extra field', JSON.stringify({ ...valid, extra: 1 }), /Invalid session document/],
      ['a path-traversal id', JSON.stringify({ ...valid, meta: meta('../../etc/passwd') }), /Invalid session document/],
      ['a prototype-pollution key', `{"__proto__":{"polluted":true},${JSON.stringify(valid).slice(1)}`, /Invalid session document/],
      ['a reserved id', JSON.stringify({ ...valid, meta: meta('index') }), /Invalid session id/],
      ['a huge file', JSON.stringify({ ...valid, pad: 'x'.repeat(2_000_001) }), /too large/],
    ];
    it.each(cases)('%s', async (_name, content, message) => {
      const before = await snapshotTree(dir);
      const error = await errorOf(store.import(content));
      expect(['bad_request', 'too_large']).toContain(error.code);
      expect([error.message, ...(error.details ?? [])].join('\n')).toMatch(message);
      expect(await snapshotTree(dir)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

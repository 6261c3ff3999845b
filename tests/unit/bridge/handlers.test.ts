import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { channels, DEFAULT_SETTINGS, type Channel } from '../../../core/bridge/contract';
import { createBackend, type Handle } from '../../../electron/services';
import { meta, snapshotTree, tempDataDir, turn } from '../services/fixtures';

/**
 * Every bridge channel through the one handler both transports use, with hostile input:
 * each bad request must come back as a typed error, and the data directory must not change.
 */
let dir: string;
let cleanup: () => Promise<void>;
let handle: Handle;

// The real bundled library, read-only: imports go to the user folder inside the temp data dir.
const bundled = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const SCENARIO_SOURCE = readFileSync(join(bundled, readdirSync(bundled).find((f) => f.endsWith('.yaml'))!), 'utf8');
const SCENARIO_ID = /^id: (\S+)/m.exec(SCENARIO_SOURCE)![1]!;

/** A data folder holding one finished session, one in progress and saved settings. */
async function setUp(): Promise<void> {
  ({ dir, cleanup } = await tempDataDir());
  ({ handle } = await createBackend({ dataDir: join(dir, 'data'), bundledScenariosDir: bundled, transport: 'http', version: '0.1.0' }));
  // Some existing data, so "nothing written" also means "nothing changed or removed".
  expect(await handle('sessions.start', { meta: meta('done') })).toMatchObject({ ok: true });
  expect(await handle('sessions.append', { id: 'done', turn: turn(0) })).toMatchObject({ ok: true });
  expect(await handle('sessions.finish', { id: 'done', outcome: 'next_step' })).toMatchObject({ ok: true });
  expect(await handle('sessions.start', { meta: meta('live') })).toMatchObject({ ok: true });
  expect(await handle('settings.set', { settings: { ...DEFAULT_SETTINGS, name: 'Sam' } })).toMatchObject({ ok: true });
  // A damaged session file, which the listing moves to quarantine and reports.
  await writeFile(join(dir, 'data', 'sessions', 'damaged.json'), '{"format": "listenfirst.session", ');
  const listed = await handle('sessions.list', {});
  if (!listed.ok) throw new Error(listed.error.message);
  const [quarantined] = (listed.value as { quarantined: Array<{ id: string }> }).quarantined;
  valid['quarantine.dismiss'] = { id: quarantined!.id };
}

const validSession = JSON.stringify({
  format: 'listenfirst.session', schemaVersion: 1, status: 'finished', outcome: 'next_step', turns: [], meta: meta('imported'),
});

/** A request that each channel accepts, so "extra field" cases differ only by the extra field. */
const valid: Record<Channel, Record<string, unknown>> = {
  'app.info': {},
  'scenarios.list': {},
  'scenarios.read': { id: SCENARIO_ID },
  'scenarios.import': { fileName: 'copy.yaml', content: SCENARIO_SOURCE.replace(/^id: .*$/m, 'id: imported-copy') },
  'sessions.list': { query: { status: 'finished' } },
  'sessions.get': { id: 'done' },
  'sessions.start': { meta: meta('another') },
  'sessions.append': { id: 'live', turn: turn(0) },
  'sessions.finish': { id: 'live', outcome: 'brush_off' },
  'sessions.delete': { id: 'done' },
  'sessions.export': { id: 'done' },
  'sessions.import': { content: validSession },
  'quarantine.dismiss': { id: 'set-by-setUp' }, // the quarantined file's name (it has a timestamp)
  'settings.get': {},
  'settings.set': { settings: DEFAULT_SETTINGS },
};

const HUGE = 'x'.repeat(2_000_001);
const traversalIds: unknown[] = ['../../etc/passwd', '..\\..\\windows\\system32', 'a/b', '/etc/passwd', '', 'x'.repeat(129), '%2e%2e%2f', 'sess\u0000ion', 42, null, ['a'], { id: 'a' }];

/** Hostile requests for each channel, beyond the generic ones below. */
const specific: Record<Channel, unknown[]> = {
  'app.info': [{ verbose: true }],
  'scenarios.list': [{ dir: '../../' }],
  'scenarios.read': [{}, ...traversalIds.map((id) => ({ id }))],
  'scenarios.import': [
    {}, { fileName: 'a.yaml' }, { content: 'id: a' },
    { fileName: '../../etc/passwd', content: 'id: a\n' }, { fileName: '../evil.yaml', content: 'id: evil\n' },
    { fileName: '..\\evil.yaml', content: 'id: evil\n' }, { fileName: '.hidden.yaml', content: 'id: hidden\n' },
    { fileName: 'run.sh', content: 'id: a\n' }, { fileName: 'x'.repeat(256), content: 'a: 1' },
    { fileName: 'big.yaml', content: HUGE }, { fileName: 7, content: 'id: a' }, { fileName: 'a.yaml', content: ['id: a'] },
  ],
  'sessions.list': [
    { query: { status: 'deleted' } }, { query: { from: 'x'.repeat(41) } }, { query: { scenarioId: '../x' } },
    { query: { scenarioId: 'x', drop: true } }, { query: 'all' }, { query: { from: 'yesterday' } },
  ],
  'sessions.get': [{}, ...traversalIds.map((id) => ({ id }))],
  'sessions.start': [
    {}, { meta: {} }, { meta: 'x' },
    ...traversalIds.map((id) => ({ meta: { ...meta('ok'), id } })),
    { meta: meta('index') }, { meta: meta('.hidden') }, { meta: meta('CON') },
    { meta: { ...meta('ok'), seed: '42' } }, { meta: { ...meta('ok'), scenarioTitle: 'x'.repeat(501) } },
    { meta: { ...meta('ok'), notes: HUGE } }, { meta: { ...meta('ok'), admin: true } },
    { meta: JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(meta('ok')).slice(1)}`) },
    { meta: meta('done') },
  ],
  'sessions.append': [
    {}, { id: 'live' }, { turn: turn(0) },
    ...traversalIds.map((id) => ({ id, turn: turn(0) })),
    { id: 'live', turn: { ...turn(0), speaker: 'system' } }, { id: 'live', turn: { ...turn(0), index: -1 } },
    { id: 'live', turn: { ...turn(0), text: 'x'.repeat(20_001) } }, { id: 'live', turn: { ...turn(0), text: 7 } },
    { id: 'live', turn: { ...turn(0), extra: 1 } },
    { id: 'live', turn: JSON.parse(`{"constructor":{"prototype":{"polluted":true}},${JSON.stringify(turn(0)).slice(1)}`) },
    { id: 'done', turn: turn(1) }, { id: 'nobody', turn: turn(0) },
  ],
  'sessions.finish': [
    {}, { id: 'live' }, ...traversalIds.map((id) => ({ id, outcome: 'next_step' })),
    { id: 'live', outcome: 'won' }, { id: 'live', outcome: 'next_step', score: { listening: 101, pitching: 0, rubricVersion: 'r' } },
    { id: 'live', outcome: 'next_step', needs: { uncovered: 'all', missed: [] } }, { id: 'done', outcome: 'next_step' },
    { id: 'nobody', outcome: 'next_step' },
  ],
  'sessions.delete': [{}, ...traversalIds.map((id) => ({ id })), { id: 'nobody' }, { id: 'index' }],
  'sessions.export': [{}, ...traversalIds.map((id) => ({ id })), { id: 'nobody' }],
  'sessions.import': [
    {}, { content: 7 }, { content: HUGE }, { content: 'not json' }, { content: '{"format":"listenfirst.session","schemaVersion":99}' },
    { content: validSession.replace('"id":"imported"', '"id":"../../etc/passwd"') },
    { content: `{"__proto__":{"polluted":true},${validSession.slice(1)}` },
  ],
  'quarantine.dismiss': [
    {}, ...traversalIds.map((id) => ({ id })), { id: '.' }, { id: '..' }, { id: '.tmp-abc-damaged.json' },
    { id: 'damaged.json.reason.json' }, { id: 'nobody.json' }, { id: 'index.json' }, { id: '../sessions/done.json' },
    { id: 'x'.repeat(256) }, { ids: ['a'] },
  ],
  'settings.get': [{ file: '../../etc/passwd' }],
  'settings.set': [
    {}, { settings: {} }, { settings: { ...DEFAULT_SETTINGS, theme: 'neon' } }, { settings: { ...DEFAULT_SETTINGS, name: 'x'.repeat(101) } },
    { settings: { ...DEFAULT_SETTINGS, examMode: 'yes' } }, { settings: { ...DEFAULT_SETTINGS, extra: 1 } },
    { settings: JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(DEFAULT_SETTINGS).slice(1)}`) },
  ],
};

/** Applies to every channel: not an object, extra fields, prototype-pollution keys from JSON. */
function generic(channel: Channel): unknown[] {
  const base = JSON.stringify(valid[channel]);
  const withKey = (key: string) => JSON.parse(base === '{}' ? `{"${key}":{"polluted":true}}` : `{"${key}":{"polluted":true},${base.slice(1)}`);
  return [
    undefined, null, 'request', 42, true, [], [valid[channel]],
    { ...valid[channel], extra: 'field' }, { ...valid[channel], path: '../../etc/passwd' },
    withKey('__proto__'), withKey('constructor'), withKey('prototype'),
  ];
}

const cases = channels.flatMap((channel) => [...generic(channel), ...specific[channel]].map((request, i) => ({ channel, request, i })));

describe('bridge handlers reject hostile input with a typed error and write nothing', () => {
  // One data folder for the whole table: each case proves it changed nothing, so sharing is safe.
  beforeAll(setUp);
  afterAll(() => cleanup());

  it('covers every channel in the contract', () => {
    expect(Object.keys(specific).sort()).toEqual([...channels].sort());
  });

  it.each(cases)('$channel #$i', async ({ channel, request }) => {
    const before = await snapshotTree(dir);
    const result = await handle(channel, request);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(['bad_request', 'not_found', 'conflict', 'too_large']).toContain(result.error.code);
    expect(result.error.message).not.toMatch(/\n\s+at /); // no stack trace
    expect(await snapshotTree(dir)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([['sessions.nuke'], ['__proto__'], ['constructor'], ['toString'], [42], [null], ['../sessions.list']])(
    'unknown channel %s is not_found', async (channel) => {
      const before = await snapshotTree(dir);
      const result = await handle(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await snapshotTree(dir)).toEqual(before);
    });

  it('says which field was wrong', async () => {
    const result = await handle('sessions.append', { id: 'live', turn: { ...turn(0), speaker: 'system' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', details: [expect.stringContaining('turn.speaker')] } });
  });
});

describe('bridge handlers serve every channel', () => {
  beforeEach(setUp);
  afterEach(() => cleanup());

  it('answers each valid request', async () => {
    // Deleting last, so the other channels still find the session.
    for (const channel of [...channels.filter((c) => c !== 'sessions.delete'), 'sessions.delete' as const]) {
      const result = await handle(channel, valid[channel]);
      expect(result, channel).toMatchObject({ ok: true });
    }
  });

  it('plays a session through the bridge: start, append, finish, export, import, list', async () => {
    await handle('sessions.start', { meta: meta('flow', { startedAt: '2026-06-01T08:00:00.000Z' }) });
    for (let i = 0; i < 3; i++) expect(await handle('sessions.append', { id: 'flow', turn: turn(i) })).toEqual({ ok: true, value: {} });
    const finished = await handle('sessions.finish', { id: 'flow', outcome: 'next_step', score: { listening: 70, pitching: 20, rubricVersion: 'v1' } });
    expect(finished).toMatchObject({ ok: true, value: { summary: { id: 'flow', turnCount: 3, listening: 70 } } });
    const exported = await handle('sessions.export', { id: 'flow' });
    if (!exported.ok) throw new Error(exported.error.message);
    const { content } = exported.value as { content: string };
    const imported = await handle('sessions.import', { content });
    expect(imported).toMatchObject({ ok: true, value: { summary: { turnCount: 3 } } });
    const listed = await handle('sessions.list', { query: { from: '2026-06-01' } });
    expect(listed).toMatchObject({ ok: true, value: { sessions: [{ turnCount: 3 }, { turnCount: 3 }], quarantined: [{ file: 'damaged.json' }] } });
  });

  it('dismisses a quarantine notice for good, leaving the quarantined file where it was', async () => {
    const before = await handle('sessions.list', {});
    if (!before.ok) throw new Error(before.error.message);
    const [entry] = (before.value as { quarantined: Array<{ id: string; file: string; reason: string; movedTo: string }> }).quarantined;
    expect(entry).toMatchObject({ file: 'damaged.json', reason: expect.stringContaining('damaged.json'), movedTo: join(dir, 'data', 'quarantine', entry!.id) });
    const content = await readFile(entry!.movedTo, 'utf8');

    expect(await handle('quarantine.dismiss', { id: entry!.id })).toEqual({ ok: true, value: {} });
    expect(await handle('sessions.list', {})).toMatchObject({ ok: true, value: { quarantined: [] } });
    expect(await readFile(entry!.movedTo, 'utf8')).toBe(content);
    const note = JSON.parse(await readFile(`${entry!.movedTo}.reason.json`, 'utf8'));
    expect(note).toMatchObject({ file: 'damaged.json', reason: entry!.reason, dismissedAt: expect.any(String) });
    // A fresh backend over the same folder remembers the dismissal.
    const again = await createBackend({ dataDir: join(dir, 'data'), bundledScenariosDir: bundled, transport: 'http', version: '0.1.0' });
    expect(await again.handle('sessions.list', {})).toMatchObject({ ok: true, value: { quarantined: [] } });
  });

  it('reports a broken scenario import with path:line:col problems', async () => {
    const result = await handle('scenarios.import', { fileName: 'broken.yaml', content: 'id: broken\ntitle: [unclosed\n' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_scenario', details: [expect.stringMatching(/^broken\.yaml:\d+:\d+: error: /)] } });
  });

  it('hides unexpected failures behind a generic message', async () => {
    const sessions = join(dir, 'data', 'sessions');
    await rm(sessions, { recursive: true });
    await writeFile(sessions, 'not a folder');
    const result = await handle('sessions.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong while handling sessions.list. Please try again.' } });
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionDocument, SessionTurn } from '../core/session/types';
import { createBackend } from '../electron/services';
import { ensureDataDir } from '../electron/services/data-dir';
import { createSessionStore } from '../electron/services/session-store';

/**
 * SessionStore benchmark: 10,000 realistic finished sessions, then a cold `list()` from a fresh
 * store instance (as after an app restart). Target: under 300 ms. Also reports the one-off index
 * rebuild, the same listing through the bridge handler, durable append latency and finish() cost.
 */
const SESSIONS = 10_000;
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function realisticDoc(i: number): SessionDocument {
  const started = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000);
  const turns: SessionTurn[] = Array.from({ length: 14 }, (_, t) => ({
    index: t,
    speaker: t % 2 === 0 ? 'rep' : 'customer',
    text: t % 2 === 0
      ? 'What happens on your team when the monthly report goes out late, and who feels it first?'
      : 'Honestly the ops leads end up chasing numbers by hand, and finance loses two days every close.',
    at: new Date(started.getTime() + t * 20_000).toISOString(),
    ...(t % 2 === 0
      ? { labels: { question: 'open', spin: 'implication', reflect: false, pitch: false, valueLink: false, pressure: false, inform: false, reasons: ['open question word "what"'] } }
      : { state: 'problem_revealed', trust: 3 }),
  }));
  return {
    format: 'listenfirst.session',
    schemaVersion: 1,
    meta: { id: `s${String(i).padStart(5, '0')}`, scenarioId: `scenario-${i % 12}`, scenarioTitle: 'Ops director at a SaaS scale-up', startedAt: started.toISOString(), seed: i, repName: 'Sam' },
    status: 'finished',
    endedAt: new Date(started.getTime() + 600_000).toISOString(),
    outcome: i % 3 === 0 ? 'brush_off' : 'next_step',
    turns,
    score: { listening: 60 + (i % 40), pitching: i % 30, rubricVersion: 'rubric-1', passed: i % 2 === 0, card: { components: [{ id: 'questions', score: 70 }] } },
    needs: { uncovered: [{ id: 'late-reports', depth: 'implication' }], missed: ['audit-risk'] },
  };
}

export default async function run(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'listenfirst-bench-'));
  try {
    const layout = await ensureDataDir(dir);
    // Documents are written directly: going through finish() would rewrite the index 10,000 times.
    for (let i = 0; i < SESSIONS; i += 200) {
      await Promise.all(Array.from({ length: Math.min(200, SESSIONS - i) }, (_, k) => {
        const doc = realisticDoc(i + k);
        return writeFile(join(layout.sessions, `${doc.meta.id}.json`), `${JSON.stringify(doc, null, 2)}\n`);
      }));
    }
    let t = performance.now();
    const first = await createSessionStore(dir).list();
    const rebuildMs = performance.now() - t;
    if (first.sessions.length !== SESSIONS) throw new Error(`expected ${SESSIONS} sessions, listed ${first.sessions.length}`);

    const cold: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const store = createSessionStore(dir);
      t = performance.now();
      const { sessions } = await store.list();
      cold.push(performance.now() - t);
      if (sessions.length !== SESSIONS) throw new Error('listing lost sessions');
    }
    const warmStore = createSessionStore(dir);
    await warmStore.list();
    const warm: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      await warmStore.list({ scenarioId: 'scenario-3' });
      warm.push(performance.now() - t);
    }
    const { handle } = await createBackend({ dataDir: dir, bundledScenariosDir: join(dir, 'none'), transport: 'http', version: 'bench' }, { validateResponses: true });
    const viaHandler: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      t = performance.now();
      const result = await handle('sessions.list', {});
      viaHandler.push(performance.now() - t);
      if (!result.ok) throw new Error(result.error.message);
    }

    const store = createSessionStore(dir);
    await store.start({ ...realisticDoc(SESSIONS).meta, id: 'bench-live' });
    const appends: number[] = [];
    for (let k = 0; k < 50; k++) {
      t = performance.now();
      await store.append('bench-live', { index: k, speaker: 'rep', text: 'What would change if that report were on time?', at: new Date().toISOString() });
      appends.push(performance.now() - t);
    }
    const finishes: number[] = [];
    for (let k = 0; k < RUNS; k++) {
      const id = `bench-finish-${k}`;
      await store.start({ ...realisticDoc(SESSIONS).meta, id });
      await store.append(id, { index: 0, speaker: 'rep', text: 'How do you handle that today?', at: new Date().toISOString() });
      t = performance.now();
      await store.finish(id, { outcome: 'next_step' });
      finishes.push(performance.now() - t);
    }
    return [
      `${SESSIONS} finished sessions: cold list() with a fresh store ${median(cold).toFixed(1)} ms median of ${RUNS} (target < 300 ms)`,
      `first list() with no index (rebuild from ${SESSIONS} documents): ${rebuildMs.toFixed(0)} ms`,
      `warm list() filtered by scenario: ${median(warm).toFixed(1)} ms median`,
      `sessions.list through the bridge handler with response validation: ${median(viaHandler).toFixed(1)} ms median`,
      `durable append (write + fsync): ${median(appends).toFixed(2)} ms median of 50`,
      `finish() with ${SESSIONS} sessions indexed (document fsynced + index rewrite): ${median(finishes).toFixed(1)} ms median of ${RUNS}`,
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

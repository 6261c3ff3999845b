import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AppFixtures } from './fixtures';

/** The bundled scenarios as the files on disk describe them (id and title), for "the library shows them all". */
export function bundledScenarios(dir = 'scenarios'): Array<{ id: string; title: string; source: string }> {
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const doc = parse(source) as { id: string; title: string };
      return { id: doc.id, title: doc.title, source };
    });
}

export interface SeedSession {
  id: string;
  scenarioId?: string;
  scenarioTitle?: string;
  startedAt: string;
  /** Leave out to keep the session in progress. */
  finish?: { outcome: 'next_step' | 'brush_off' | 'ended_early'; listening: number; pitching: number };
}

const labels = (question: 'open' | 'closed', reflect: boolean) => ({
  question, spin: 'problem', reflect, pitch: false, valueLink: false, pressure: false, inform: false, reasons: ['seeded turn'],
});

/**
 * Saves a session through the real store over the same HTTP contract the renderer uses:
 * start, append four turns (rep, customer, rep, customer), then finish if asked.
 */
export async function seedSession(bridge: AppFixtures['bridge'], session: SeedSession): Promise<void> {
  const scenarioId = session.scenarioId ?? 'seeded-scenario';
  await bridge('sessions.start', {
    meta: { id: session.id, scenarioId, scenarioTitle: session.scenarioTitle ?? 'Seeded scenario', startedAt: session.startedAt, seed: 7 },
  });
  const turns = [
    { speaker: 'rep', text: 'What does a typical Monday look like for your front desk?', labels: labels('open', false) },
    { speaker: 'customer', text: 'Chaos, honestly. Phones ringing, people cancelling, and nobody fills the gaps.' },
    { speaker: 'rep', text: 'So the gaps stay empty because nobody has time to chase them?', labels: labels('closed', true) },
    { speaker: 'customer', text: 'Exactly that.' },
  ];
  for (const [index, turn] of turns.entries()) {
    await bridge('sessions.append', { id: session.id, turn: { index, at: session.startedAt, ...turn } });
  }
  if (session.finish) {
    await bridge('sessions.finish', {
      id: session.id,
      outcome: session.finish.outcome,
      score: { listening: session.finish.listening, pitching: session.finish.pitching, rubricVersion: 'e2e' },
    });
  }
}

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../core/scenario';
import DebriefScreen from '../../../renderer/src/features/practice/DebriefScreen';
import { scoreCall, toStoredLabels } from '../../../renderer/src/features/practice/call-model';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { AppProvider } from '../../../renderer/src/store/context';
import scenarioYaml from '../../../scenarios/overwhelmed-practice-manager.yaml?raw';
import { memoryBridge, SCENARIO_ID } from './memory-bridge';

/** The debrief of a real (engine-played, analyzer-scored) call, as a rep reads and uses it. */
const LINES = [
  'Hi, thanks for making the time today.',
  'Our platform is the market leader, with a beautiful dashboard and online booking.',
  'What are your top priorities at the moment?',
  'That must be really frustrating for you and the team.',
];

async function finishedCall() {
  const loaded = loadScenario(scenarioYaml, 'x.yaml');
  if (!loaded.ok) throw new Error('the bundled scenario does not load');
  const { api, sessions } = memoryBridge();
  const { card, play } = scoreCall(loaded.scenario, 9, LINES, 'brush_off');
  const id = 's-debrief-1';
  await api.sessions.start({ meta: { id, scenarioId: SCENARIO_ID, scenarioTitle: 'Test', startedAt: '2026-11-20T10:00:00.000Z', seed: 9 } });
  let index = 0;
  for (const turn of play.turns) {
    await api.sessions.append({ id, turn: { index: index++, speaker: 'rep', text: turn.rep, at: '2026-11-20T10:00:00.000Z', labels: toStoredLabels(turn.analysis) } });
    await api.sessions.append({ id, turn: { index: index++, speaker: 'customer', text: turn.customer, at: '2026-11-20T10:00:00.000Z' } });
  }
  const stored = JSON.parse(JSON.stringify(card)) as Record<string, unknown>;
  await api.sessions.finish({ id, outcome: 'brush_off', score: { listening: card.listening, pitching: card.pitching, rubricVersion: card.rubricVersion, card: stored }, needs: play.needs });
  const store = createAppStore(api, `#/debrief/${id}`);
  render(
    <AppProvider store={store} api={api}>
      <DebriefScreen sessionId={id} />
    </AppProvider>,
  );
  await screen.findByRole('heading', { name: 'Listening' });
  return { id, card, sessions, store };
}

describe('the debrief', () => {
  afterEach(cleanup);

  it('puts each headline number next to its heading, with the components behind it', async () => {
    const { card } = await finishedCall();
    for (const [side, value] of [['Listening', card.listening], ['Pitching', card.pitching]] as const) {
      const tile = screen.getByRole('heading', { name: side }).closest('section')!;
      expect(within(tile).getByText(String(value))).toBeTruthy();
    }
    expect(screen.getByText('Brushed off')).toBeTruthy();
    const talkShare = card.components.listening.find((c) => c.metric === 'talkShare') ?? card.components.listening[0]!;
    expect(screen.getAllByText(`Anchor: ${talkShare.anchor} (${talkShare.source})`).length).toBeGreaterThan(0);
  });

  it('tags each rep turn and gives the reason as the tag’s description', async () => {
    await finishedCall();
    const pitch = screen.getByRole('button', { name: 'Pitch' });
    const tip = document.getElementById(pitch.getAttribute('aria-describedby')!)!;
    expect(tip.getAttribute('role')).toBe('tooltip');
    expect(tip.textContent).toMatch(/^pitch/);
    expect(screen.getAllByRole('button', { name: 'Open question' }).length).toBeGreaterThan(0);
  });

  it('offers a model question for every missed need', async () => {
    const { card } = await finishedCall();
    const missed = card.needs!.missed.length;
    expect(missed).toBeGreaterThan(0);
    // The scenario (needs' titles and words) loads after the session.
    expect(await screen.findAllByText(/You could have asked:/)).toHaveLength(missed);
  });

  it('retries from a turn as a new attempt holding the turns before it', async () => {
    const { id, sessions, store } = await finishedCall();
    fireEvent.click(screen.getAllByRole('button', { name: 'Retry from this turn' })[1]!);
    await waitFor(() => expect(store.getState().route.name).toBe('call'));
    const retry = [...sessions.values()].find((s) => s.meta.parentId === id)!;
    expect(retry.meta.retryFromTurn).toBe(2);
    expect(retry.meta.seed).toBe(9);
    expect(retry.turns.map((t) => t.text)).toEqual(sessions.get(id)!.turns.slice(0, 2).map((t) => t.text));
    expect(store.getState().route).toEqual({ name: 'call', scenarioId: SCENARIO_ID, sessionId: retry.meta.id });
  });
});

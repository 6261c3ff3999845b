import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../core/bridge/contract';
import CallScreen from '../../../renderer/src/features/practice/CallScreen';
import type { AppBridge } from '../../../renderer/src/bridge/get-api';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { AppProvider } from '../../../renderer/src/store/context';
import { memoryBridge, SCENARIO_ID as SCENARIO } from './memory-bridge';

/** The call screen driven as a rep would, over a contract-checked in-memory bridge. */
let api: AppBridge;

beforeEach(() => {
  api = memoryBridge().api;
});
afterEach(cleanup);

async function openCall(typingDelay = false) {
  await api.settings.set({ settings: { ...DEFAULT_SETTINGS, typingDelay, name: 'Sam' } });
  const id = 's-test-1';
  await api.sessions.start({ meta: { id, scenarioId: SCENARIO, scenarioTitle: 'Test', startedAt: new Date().toISOString(), seed: 4 } });
  const store = createAppStore(api, `#/call/${SCENARIO}/${id}`);
  await store.getState().loadSettings();
  render(
    <AppProvider store={store} api={api}>
      <CallScreen scenarioId={SCENARIO} sessionId={id} />
    </AppProvider>,
  );
  const box = await screen.findByRole('textbox', { name: 'Message' });
  return { id, store, box, log: screen.getByRole('log') };
}

async function stored(id: string) {
  const result = await api.sessions.get({ id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.session;
}

describe('the call screen', () => {
  it('sends on Enter, keeps Shift+Enter as a new line, and saves both sides of every turn', async () => {
    const { id, box, log } = await openCall();
    fireEvent.change(box, { target: { value: 'Hi, thanks for making the time.' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(within(log).queryByText('Hi, thanks for making the time.')).toBeNull();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(within(log).getByText('Hi, thanks for making the time.')).toBeTruthy();
    expect(log.getAttribute('aria-live')).toBe('polite');

    fireEvent.change(box, { target: { value: 'What are your top priorities at the moment?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(async () => expect((await stored(id)).turns).toHaveLength(4));
    const turns = (await stored(id)).turns;
    expect(turns.map((t) => t.speaker)).toEqual(['rep', 'customer', 'rep', 'customer']);
    expect(turns[2]!.labels?.question).toBe('open');
    expect(turns[3]!.text).toBe(log.querySelectorAll('.msg-customer .msg-text')[1]!.textContent);
  });

  it('shows the customer typing before their reply when the delay is on', async () => {
    const { box, log } = await openCall(true);
    fireEvent.change(box, { target: { value: 'Hello, thanks for your time.' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(within(log).getByText(/typing…/)).toBeTruthy();
    expect(log.querySelectorAll('.msg-customer:not(.msg-typing)')).toHaveLength(0);
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
    await waitFor(() => expect(log.querySelectorAll('.msg-customer:not(.msg-typing)')).toHaveLength(1), { timeout: 4000 });
  });

  it('records a hint on the next turn', async () => {
    const { id, box } = await openCall();
    fireEvent.click(screen.getByRole('button', { name: 'Hint' }));
    expect(screen.getByRole('status').textContent).toMatch(/Hint:/);
    fireEvent.change(box, { target: { value: 'What is hardest for you right now?' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(async () => expect((await stored(id)).turns[0]?.hinted).toBe(true));
  });

  it('hides the meters and the mood in exam mode', async () => {
    await openCall();
    expect(screen.getByRole('heading', { name: 'Live meters' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Exam mode/ }));
    expect(screen.queryByRole('heading', { name: 'Live meters' })).toBeNull();
    expect(screen.queryByText(/Mood:/)).toBeNull();
  });

  it('ends the call on End call: the session is finished with a score and the debrief opens', async () => {
    const { id, box, store } = await openCall();
    fireEvent.change(box, { target: { value: 'Hi, what are your priorities this quarter?' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'End call' }));
    await waitFor(() => expect(store.getState().route).toEqual({ name: 'debrief', sessionId: id }));
    const doc = await stored(id);
    expect(doc.status).toBe('finished');
    expect(doc.score?.rubricVersion).toBeTruthy();
    expect(doc.needs?.missed.length).toBeGreaterThan(0);
  });
});

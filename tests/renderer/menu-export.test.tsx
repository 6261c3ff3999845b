import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../core/bridge/contract';
import type { AppBridge } from '../../renderer/src/bridge/get-api';
import { renderAppAt, withMenu } from './app-harness';
import { memoryBridge, SCENARIO_ID } from './practice/memory-bridge';

/**
 * File › Export Session… as the Electron preload delivers it: with a debrief open it saves that
 * session through the save dialog; with no session open it takes the rep to History and says why.
 */
function electronBridge(dialog: { cancel?: boolean } = {}) {
  const saves: Array<{ suggestedName: string; content: string }> = [];
  const { bridge, send } = withMenu({
    ...memoryBridge().api,
    async saveFile(suggestedName, content): Promise<Result<{ saved: boolean; fileName?: string }>> {
      saves.push({ suggestedName, content });
      return { ok: true, value: dialog.cancel ? { saved: false } : { saved: true, fileName: `chosen-${suggestedName}` } };
    },
  });
  return { bridge, saves, send };
}

async function finishedSession(api: AppBridge, id: string) {
  await api.sessions.start({ meta: { id, scenarioId: SCENARIO_ID, scenarioTitle: 'Overwhelmed practice manager', startedAt: '2026-03-01T10:00:00.000Z', seed: 1 } });
  await api.sessions.append({ id, turn: { index: 0, speaker: 'rep', text: 'What is on your plate this quarter?', at: '2026-03-01T10:00:05.000Z' } });
  await api.sessions.finish({ id, outcome: 'brush_off' });
}

/** A finished session's debrief, open in the app. */
async function openDebrief(id: string, dialog: { cancel?: boolean } = {}) {
  const app = electronBridge(dialog);
  await finishedSession(app.bridge, id);
  const store = renderAppAt(`#/debrief/${id}`, app.bridge);
  await screen.findByRole('heading', { name: 'Debrief', level: 1 });
  return { ...app, store };
}

describe('File › Export Session…', () => {
  afterEach(cleanup);

  it('saves the open debrief\'s session through the save dialog and says where', async () => {
    const { saves, send, store } = await openDebrief('s-export-1');
    await send('export-session');
    expect(await screen.findByText('Saved chosen-s-export-1.listenfirst.json.')).toBeTruthy();
    expect(saves).toHaveLength(1);
    expect(saves[0]!.suggestedName).toBe('s-export-1.listenfirst.json');
    expect(JSON.parse(saves[0]!.content)).toMatchObject({ meta: { id: 's-export-1' }, status: 'finished', turns: [{ text: 'What is on your plate this quarter?' }] });
    expect(store.getState().route).toEqual({ name: 'debrief', sessionId: 's-export-1' });
  });

  it('says nothing more when the rep cancels the save dialog', async () => {
    const { saves, send, store } = await openDebrief('s-export-2', { cancel: true });
    await send('export-session');
    expect(saves).toHaveLength(1);
    expect(store.getState().toasts).toEqual([]);
  });

  it('takes the rep to History with a message to choose a session when none is open', async () => {
    const { bridge, saves, send } = electronBridge();
    await finishedSession(bridge, 's-export-3');
    const store = renderAppAt('#/library', bridge);
    await screen.findByRole('heading', { name: 'Practice', level: 1 });

    await send('export-session');
    expect(screen.getByRole('heading', { name: 'History', level: 1 })).toBeTruthy();
    expect(store.getState().route).toEqual({ name: 'history' });
    expect(screen.getByText('To export a session, choose it in History and press its Export button.')).toBeTruthy();
    // The session is there to choose.
    expect((await screen.findByRole('group', { name: /^Actions for Overwhelmed practice manager/ })).textContent).toContain('Export');
    expect(saves).toEqual([]);
  });
});

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { fail, type Channel } from '../../core/bridge/contract';
import type { SessionSummary } from '../../core/session/types';
import type { AppBridge } from '../../renderer/src/bridge/get-api';
import { Toasts } from '../../renderer/src/components/Toasts';
import { HistoryScreen } from '../../renderer/src/features/history/HistoryScreen';
import { createAppStore } from '../../renderer/src/store/app-store';
import { AppProvider } from '../../renderer/src/store/context';

const summaries = (n: number): SessionSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `s${i}`, scenarioId: 'acme', scenarioTitle: `Call ${i}`, startedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
    status: 'finished', outcome: 'next_step', turnCount: 6, listening: 50, pitching: 30,
  }));

function renderHistory(
  sessions: SessionSummary[],
  quarantined: Array<{ file: string; reason: string; movedTo: string }> = [],
  saveFile?: AppBridge['saveFile'],
) {
  const api: AppBridge = {
    ...createApi(async (channel: Channel) => {
      if (channel === 'sessions.list') return { ok: true, value: { sessions, quarantined } } as never;
      if (channel === 'sessions.export') return { ok: true, value: { fileName: 'call-0.listenfirst.json', content: '{"exported":true}' } } as never;
      return fail('unavailable', 'not in this test');
    }),
    ...(saveFile ? { saveFile } : {}),
  };
  render(
    <AppProvider store={createAppStore(api, '#/history')} api={api}>
      <HistoryScreen />
      <Toasts />
    </AppProvider>,
  );
}

describe('History screen', () => {
  afterEach(cleanup);

  it('shows the newest 50 sessions first and the rest on request', async () => {
    renderHistory(summaries(75));
    const list = await screen.findByRole('region', { name: /^Sessions/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('Call 74');
    fireEvent.click(within(list).getByRole('button', { name: 'Show 25 more (25 not shown)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(75);
    expect(within(list).queryByRole('button', { name: /^Show/ })).toBeNull();
  }, 20_000); // jsdom renders five charts; slow on a busy machine

  it('charts and tabulates the latest 100 scored sessions, and says so', async () => {
    renderHistory(summaries(150));
    expect(await screen.findByText('Showing your latest 100 of 150 scored sessions; bests count them all.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(101);
  }, 20_000);

  it('reports quarantined files by name and reason', async () => {
    renderHistory(summaries(1), [{ file: 'bad.json', reason: 'not valid JSON at 1:40', movedTo: 'quarantine/bad.json' }]);
    const notice = await screen.findByRole('region', { name: 'One session file could not be read' });
    expect(notice.textContent).toContain('bad.json: not valid JSON at 1:40');
  });

  it('asks before deleting, and Cancel keeps the session', async () => {
    renderHistory(summaries(1));
    const row = (await screen.findByRole('region', { name: /^Sessions/ })).querySelector('li')!;
    fireEvent.click(within(row).getByRole('button', { name: /^Delete/ }));
    expect(within(row).getByText('Delete this session?')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).getByRole('button', { name: /^Open debrief/ })).toBeTruthy();
  });

  it('exports through the desktop save dialog when the app runs in Electron', async () => {
    const saved: Array<[string, string]> = [];
    renderHistory(summaries(1), [], async (name, content) => {
      saved.push([name, content]);
      return { ok: true, value: { saved: true, fileName: 'my-call.json' } };
    });
    const list = await screen.findByRole('region', { name: /^Sessions/ });
    fireEvent.click(within(list).getByRole('button', { name: /^Export/ }));
    expect(await screen.findByText('Saved my-call.json.')).toBeTruthy();
    expect(saved).toEqual([['call-0.listenfirst.json', '{"exported":true}']]);
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { fail, type Channel, type Quarantined } from '../../core/bridge/contract';
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
  quarantined: Quarantined[] = [],
  saveFile?: AppBridge['saveFile'],
) {
  const dismissed: string[] = [];
  const api: AppBridge = {
    ...createApi(async (channel: Channel, request: unknown) => {
      if (channel === 'sessions.list') return { ok: true, value: { sessions, quarantined: quarantined.filter((q) => !dismissed.includes(q.id)) } } as never;
      if (channel === 'quarantine.dismiss') {
        dismissed.push((request as { id: string }).id);
        return { ok: true, value: {} } as never;
      }
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
  return { dismissed };
}

const BAD = { id: '2026-01-01T10-00-00-000Z-a1b2c3-bad.json', file: 'bad.json', reason: 'not valid JSON at 1:40', movedTo: '/data/quarantine/2026-01-01T10-00-00-000Z-a1b2c3-bad.json' };
const CUT = { id: '2026-01-02T10-00-00-000Z-d4e5f6-s1.journal.jsonl', file: 's1.journal.jsonl', reason: 'a line cut mid-write', movedTo: '/data/quarantine/2026-01-02T10-00-00-000Z-d4e5f6-s1.journal.jsonl' };

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

  it('reports each quarantined file: which, why and where it was moved', async () => {
    renderHistory(summaries(1), [BAD]);
    const notice = await screen.findByRole('region', { name: 'One session file could not be read' });
    const facts = [...notice.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual(['File: bad.json', 'Why: not valid JSON at 1:40', `Moved to: ${BAD.movedTo}`]);
  });

  it('dismisses a quarantine notice once read, keeping focus on the notice and then the screen', async () => {
    const { dismissed } = renderHistory(summaries(1), [BAD, CUT]);
    const notice = await screen.findByRole('region', { name: '2 session files could not be read' });
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss the notice about bad.json' }));
    expect(await screen.findByRole('region', { name: 'One session file could not be read' })).toBeTruthy();
    expect(dismissed).toEqual([BAD.id]);
    expect(document.activeElement?.textContent).toBe('One session file could not be read');
    expect(screen.getByText('Dismissed the notice about bad.json. The file itself stays in the quarantine folder.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the notice about s1.journal.jsonl' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /could not be read/ })).toBeNull());
    expect(dismissed).toEqual([BAD.id, CUT.id]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'History', level: 1 }));
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

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { fail, type Channel, type ScenarioListing } from '../../core/bridge/contract';
import type { SessionSummary } from '../../core/session/types';
import { bestListeningByScenario, filterScenarios, industriesOf, NO_FILTER } from '../../renderer/src/features/library/filters';
import { LibraryScreen } from '../../renderer/src/features/library/LibraryScreen';
import { createAppStore } from '../../renderer/src/store/app-store';
import { AppProvider } from '../../renderer/src/store/context';

const listing = (over: Partial<ScenarioListing> & Pick<ScenarioListing, 'id' | 'title'>): ScenarioListing => ({
  file: `${over.id}.yaml`, source: 'bundled', problems: [], ...over,
});

const LIBRARY: ScenarioListing[] = [
  listing({ id: 'cfo', title: 'The sceptical CFO', difficulty: 'hard', industry: 'Manufacturing', persona: 'Dana Lee, CFO', company: 'Acme Tools' }),
  listing({ id: 'physio', title: 'The overwhelmed practice manager', difficulty: 'easy', industry: 'Healthcare', persona: 'Maria Okafor', tags: ['scheduling'] }),
  listing({ id: 'winery', title: 'The winemaker’s son', difficulty: 'medium', industry: 'Hospitality', persona: 'Gus Amaral' }),
  listing({ id: 'broken', title: 'Half-written draft', source: 'user', problems: ['broken.yaml:4:1: error: persona is required'] }),
];

const session = (id: string, scenarioId: string, listening: number | undefined, status: SessionSummary['status'] = 'finished'): SessionSummary => ({
  id, scenarioId, scenarioTitle: scenarioId, startedAt: '2026-11-20T10:00:00Z', status, outcome: status === 'finished' ? 'next_step' : 'in_progress', turnCount: 4,
  ...(listening === undefined ? {} : { listening, pitching: 100 - listening }),
});

describe('library filters', () => {
  const titles = (list: ScenarioListing[]) => list.map((l) => l.title);

  it('orders playable scenarios from easy to hard, with ones needing fixes last', () => {
    expect(titles(filterScenarios(LIBRARY, NO_FILTER))).toEqual([
      'The overwhelmed practice manager', 'The winemaker’s son', 'The sceptical CFO', 'Half-written draft',
    ]);
  });

  it('matches every search word against title, persona, company, industry and tags, ignoring case', () => {
    expect(titles(filterScenarios(LIBRARY, { ...NO_FILTER, query: 'acme cfo' }))).toEqual(['The sceptical CFO']);
    expect(titles(filterScenarios(LIBRARY, { ...NO_FILTER, query: 'SCHEDULING' }))).toEqual(['The overwhelmed practice manager']);
    expect(filterScenarios(LIBRARY, { ...NO_FILTER, query: 'acme healthcare' })).toEqual([]);
  });

  it('combines difficulty and industry', () => {
    expect(titles(filterScenarios(LIBRARY, { ...NO_FILTER, difficulty: 'medium' }))).toEqual(['The winemaker’s son']);
    expect(filterScenarios(LIBRARY, { ...NO_FILTER, difficulty: 'easy', industry: 'Manufacturing' })).toEqual([]);
    expect(industriesOf(LIBRARY)).toEqual(['Healthcare', 'Hospitality', 'Manufacturing']);
  });

  it('takes the best Listening score of finished sessions only', () => {
    const best = bestListeningByScenario([session('1', 'cfo', 40), session('2', 'cfo', 72), session('3', 'cfo', 95, 'in_progress'), session('4', 'winery', undefined)]);
    expect([...best]).toEqual([['cfo', 72]]);
  });
});

describe('library screen', () => {
  afterEach(cleanup);

  function renderLibrary(scenarios = LIBRARY, sessions: SessionSummary[] = []) {
    const api = createApi(async (channel: Channel) => {
      if (channel === 'scenarios.list') return { ok: true, value: { scenarios } } as never;
      if (channel === 'sessions.list') return { ok: true, value: { sessions, quarantined: [] } } as never;
      return fail('unavailable', `not in this test: ${channel}`);
    });
    render(
      <AppProvider store={createAppStore(api, '#/library')} api={api}>
        <LibraryScreen />
      </AppProvider>,
    );
  }

  it('shows each playable scenario as a link to its brief, with your best score', async () => {
    renderLibrary(LIBRARY, [session('1', 'cfo', 72.4)]);
    const cfo = await screen.findByRole('link', { name: 'The sceptical CFO' });
    expect(cfo.getAttribute('href')).toBe('#/brief/cfo');
    const card = within(screen.getByRole('article', { name: 'The sceptical CFO' }));
    expect(card.getByText('72')).toBeTruthy();
    expect(card.getByText('Dana Lee, CFO, Acme Tools')).toBeTruthy();
  });

  it('shows a scenario with problems as "needs fixing", with the problems and no link', async () => {
    renderLibrary();
    const draft = await screen.findByRole('article', { name: 'Half-written draft' });
    expect(within(draft).getByText('Needs fixing')).toBeTruthy();
    expect(within(draft).getByText('broken.yaml:4:1: error: persona is required')).toBeTruthy();
    expect(within(draft).queryByRole('link')).toBeNull();
  });

  it('narrows the cards as you search and pick a difficulty, and says how many match', async () => {
    renderLibrary();
    await screen.findByRole('link', { name: 'The sceptical CFO' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Difficulty' }), { target: { value: 'easy' } });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['The overwhelmed practice manager']);
    expect(screen.getByText('1 of 4 scenarios')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'winemaker' } });
    expect(screen.queryAllByRole('link')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getAllByRole('link')).toHaveLength(3);
  });

  it('invites an import when the library is empty', async () => {
    renderLibrary([]);
    expect(await screen.findByRole('heading', { name: 'No scenarios yet' })).toBeTruthy();
  });
});

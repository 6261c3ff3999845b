import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ScenarioListing } from '../../../core/bridge/contract';
import { loadScenario, type Scenario } from '../../../core/scenario';
import BriefScreen, { Brief } from '../../../renderer/src/features/practice/BriefScreen';
import CallScreen, { Call } from '../../../renderer/src/features/practice/CallScreen';
import { practiceOptions } from '../../../renderer/src/features/practice/practice-options';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { AppProvider } from '../../../renderer/src/store/context';
import scenarioYaml from '../../../scenarios/overwhelmed-practice-manager.yaml?raw';
import skepticYaml from '../../../scenarios/skeptic-burned-by-vendors.yaml?raw';
import { memoryBridge, SCENARIO_ID } from './memory-bridge';

/**
 * A scenario's `practice:` block (exam mode on from the start, mood hidden) on the brief and the
 * call: a bundled scenario file that hides the mood, read through the bridge; and each
 * combination, as the real compiled scenario with the parsed block set.
 */
const loaded = loadScenario(scenarioYaml, `${SCENARIO_ID}.yaml`);
if (!loaded.ok) throw new Error('the bundled scenario no longer loads');
const BASE = loaded.scenario;
const LISTING: ScenarioListing = { id: SCENARIO_ID, file: `${SCENARIO_ID}.yaml`, source: 'bundled', title: BASE.title, problems: [] };

function withPractice(practice: { exam_mode: boolean; show_mood: boolean }): Scenario {
  return { ...BASE, practice } as Scenario;
}

afterEach(cleanup);

async function renderCall(scenario: Scenario, examModeSetting = false) {
  const { api } = memoryBridge();
  await api.settings.set({ settings: { ...DEFAULT_SETTINGS, typingDelay: false, examMode: examModeSetting } });
  const id = 's-practice-1';
  await api.sessions.start({ meta: { id, scenarioId: SCENARIO_ID, scenarioTitle: BASE.title, startedAt: new Date().toISOString(), seed: 4 } });
  const got = await api.sessions.get({ id });
  if (!got.ok) throw new Error(got.error.message);
  const store = createAppStore(api, `#/call/${SCENARIO_ID}/${id}`);
  await store.getState().loadSettings();
  render(<AppProvider store={store} api={api}><Call scenario={scenario} session={got.value.session} /></AppProvider>);
  await screen.findByRole('textbox', { name: 'Message' });
}

function renderBrief(scenario: Scenario) {
  const { api } = memoryBridge();
  render(<AppProvider store={createAppStore(api, `#/brief/${SCENARIO_ID}`)} api={api}><Brief loaded={{ listing: LISTING, scenario }} /></AppProvider>);
}

const examSwitch = () => screen.getByRole('checkbox', { name: /Exam mode/ }) as HTMLInputElement;
const meters = () => screen.queryByRole('heading', { name: 'Live meters' });
const mood = () => screen.queryByText(/Mood:/);

describe('practice options from the scenario', () => {
  it('defaults to no exam mode and a visible mood when the scenario has no practice block', () => {
    expect(practiceOptions(BASE)).toEqual({ examMode: false, showMood: true });
    expect(practiceOptions(withPractice({ exam_mode: true, show_mood: false }))).toEqual({ examMode: true, showMood: false });
  });

  it('starts the call in exam mode when the scenario says so, and the rep can still turn it off', async () => {
    await renderCall(withPractice({ exam_mode: true, show_mood: true }));
    expect(examSwitch().checked).toBe(true);
    expect(meters()).toBeNull();
    expect(mood()).toBeNull();
    fireEvent.click(examSwitch());
    expect(meters()).not.toBeNull();
    expect(mood()).not.toBeNull();
  });

  it('starts in exam mode when the rep\'s default says so, even if the scenario does not', async () => {
    await renderCall(BASE, true);
    expect(examSwitch().checked).toBe(true);
    expect(meters()).toBeNull();
  });

  it('hides the mood when show_mood is false, even outside exam mode', async () => {
    await renderCall(withPractice({ exam_mode: false, show_mood: false }));
    expect(examSwitch().checked).toBe(false);
    expect(meters()).not.toBeNull();
    expect(mood()).toBeNull();
    expect(examSwitch().labels?.[0]?.textContent).toBe('Exam mode (hide meters)');
  });

  it('shows the mood outside exam mode by default', async () => {
    await renderCall(BASE);
    expect(examSwitch().checked).toBe(false);
    expect(mood()).not.toBeNull();
  });

  it('tells the rep in the brief that the mood is hidden, or that the call starts in exam mode', () => {
    renderBrief(withPractice({ exam_mode: false, show_mood: false }));
    expect(screen.getByText("This customer's mood is hidden: read it from what they say.")).toBeTruthy();
    expect(screen.queryByText(/starts in exam mode/)).toBeNull();
    cleanup();
    renderBrief(withPractice({ exam_mode: true, show_mood: true }));
    expect(screen.getByText(/This call starts in exam mode/)).toBeTruthy();
    expect(screen.queryByText(/mood is hidden/)).toBeNull();
    cleanup();
    renderBrief(BASE);
    expect(screen.queryByText(/mood is hidden|starts in exam mode/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Start call' })).toBeTruthy();
  });
});

describe('a bundled scenario that hides the mood (skeptic-burned-by-vendors)', () => {
  const SKEPTIC = 'skeptic-burned-by-vendors';

  it('says so on the brief and keeps the mood off the call screen, outside exam mode too', async () => {
    const { api } = memoryBridge({ [SKEPTIC]: skepticYaml });
    await api.settings.set({ settings: { ...DEFAULT_SETTINGS, typingDelay: false } });
    const store = createAppStore(api, `#/brief/${SKEPTIC}`);
    await store.getState().loadSettings();
    const { unmount } = render(<AppProvider store={store} api={api}><BriefScreen scenarioId={SKEPTIC} /></AppProvider>);
    expect(await screen.findByText("This customer's mood is hidden: read it from what they say.")).toBeTruthy();
    unmount();

    await api.sessions.start({ meta: { id: 's-skeptic', scenarioId: SKEPTIC, scenarioTitle: 'Skeptic', startedAt: new Date().toISOString(), seed: 2 } });
    render(<AppProvider store={store} api={api}><CallScreen scenarioId={SKEPTIC} sessionId="s-skeptic" /></AppProvider>);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(examSwitch().checked).toBe(false);
    expect(meters()).not.toBeNull();
    expect(mood()).toBeNull();
  });
});

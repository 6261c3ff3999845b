import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { DEFAULT_SETTINGS, fail, type Channel, type Settings } from '../../core/bridge/contract';
import { renderAppAt, withMenu } from './app-harness';

/** An in-memory stand-in for the Electron preload: settings are kept, menu commands can be sent. */
function fakeElectronBridge() {
  let saved: Settings = { ...DEFAULT_SETTINGS, theme: 'light' };
  const api = createApi(async (channel: Channel, request: unknown) => {
    if (channel === 'settings.get') return { ok: true, value: { settings: saved } } as never;
    if (channel === 'settings.set') {
      saved = (request as { settings: Settings }).settings;
      return { ok: true, value: { settings: saved } } as never;
    }
    if (channel === 'scenarios.list') return { ok: true, value: { scenarios: [] } } as never;
    if (channel === 'sessions.list') return { ok: true, value: { sessions: [], quarantined: [] } } as never;
    return fail('unavailable', 'not in this test');
  });
  return { ...withMenu(api), saved: () => saved };
}

describe('app frame', () => {
  afterEach(cleanup);

  it('marks the current section in the navigation and applies the saved theme', async () => {
    const { bridge } = fakeElectronBridge();
    renderAppAt('#/settings', bridge);
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('⚙Settings');
    expect(screen.getByRole('main')).toBeTruthy();
    await screen.findByRole('radio', { name: 'Light', checked: true });
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('follows the Electron menu: theme commands save and apply, "Import scenario…" opens the library', async () => {
    const { bridge, send, saved } = fakeElectronBridge();
    const store = renderAppAt('#/history', bridge);
    await screen.findByRole('heading', { name: 'History', level: 1 });
    await screen.findByRole('heading', { name: 'No sessions yet' });

    await send('theme-dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(saved().theme).toBe('dark');

    await send('import-scenario');
    expect(await screen.findByRole('heading', { name: 'Practice', level: 1 })).toBeTruthy();
    expect(store.getState().importRequests).toBe(1);
  });
});

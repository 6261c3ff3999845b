import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { fail } from '../../core/bridge/contract';
import { formatHash, parseHash, sectionOf, type Route } from '../../renderer/src/app/routes';
import { createAppStore } from '../../renderer/src/store/app-store';

const routes: Route[] = [
  { name: 'library' },
  { name: 'brief', scenarioId: 'overwhelmed-practice-manager' },
  { name: 'call', scenarioId: 'acme', sessionId: '2026-11-20T09-30_abc' },
  { name: 'debrief', sessionId: 's.1_x-y' },
  { name: 'history' },
  { name: 'settings' },
];

describe('route model in the URL hash', () => {
  it.each(routes)('round-trips $name through the hash', (route) => {
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('keeps ids with characters that mean something in a URL', () => {
    const route: Route = { name: 'brief', scenarioId: 'a/b c#d%' };
    expect(formatHash(route)).toBe('#/brief/a%2Fb%20c%23d%25');
    expect(parseHash(formatHash(route))).toEqual(route);
  });

  it.each(['', '#', '#/', '#/nowhere', '#/brief', '#/brief/', '#/call/only-one', '#/debrief/a/b', '#/history/extra', '#/brief/%E0%A4%A'])(
    'sends the unknown or malformed hash %j to the library',
    (hash) => {
      expect(parseHash(hash)).toEqual({ name: 'library' });
    },
  );

  it('highlights the navigation section each screen belongs to', () => {
    expect(routes.map(sectionOf)).toEqual(['practice', 'practice', 'practice', 'history', 'history', 'settings']);
  });
});

describe('navigation state', () => {
  const offlineApi = createApi(async () => fail('unavailable', 'offline'));
  afterEach(() => {
    window.location.hash = '';
  });

  it('starts on the screen the URL names, so a reload keeps the screen', () => {
    const store = createAppStore(offlineApi, '#/debrief/s1');
    expect(store.getState().route).toEqual({ name: 'debrief', sessionId: 's1' });
  });

  it('writes the screen into the hash when navigating and follows the hash when it changes', () => {
    const store = createAppStore(offlineApi, '');
    store.getState().navigate({ name: 'history' });
    expect(window.location.hash).toBe('#/history');
    store.getState().syncFromHash('#/settings');
    expect(store.getState().route).toEqual({ name: 'settings' });
  });

  it('keeps each store separate (one per test, one per window)', () => {
    const a = createAppStore(offlineApi, '#/history');
    const b = createAppStore(offlineApi, '#/settings');
    a.getState().pushToast({ kind: 'info', message: 'only in a' });
    expect(b.getState().toasts).toEqual([]);
    expect(b.getState().route.name).toBe('settings');
  });

  it('rolls back a setting the bridge could not save, and says why', async () => {
    const store = createAppStore(offlineApi, '');
    await store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().settings.theme).toBe('system');
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Could not save your settings: offline']);
  });
});

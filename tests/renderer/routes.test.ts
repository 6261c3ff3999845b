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

  it('keeps every one of several quick setting changes, saving them in order', async () => {
    const writes: Array<Record<string, unknown>> = [];
    let inFlight = 0;
    let mostInFlight = 0;
    // A slow bridge that answers with what it stored, like the real one.
    const slowApi = createApi(async (channel, request) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      if (channel !== 'settings.set') return fail('unavailable', 'not in this test');
      const settings = (request as { settings: Record<string, unknown> }).settings;
      writes.push(settings);
      return { ok: true, value: { settings } } as never;
    });
    const store = createAppStore(slowApi, '');
    const seen: boolean[] = [];
    store.subscribe((state) => seen.push(state.settings.examMode));
    const first = store.getState().updateSettings({ typingDelay: false });
    const second = store.getState().updateSettings({ examMode: true });
    const third = store.getState().updateSettings({ textSize: 'large' });
    expect(store.getState().settings).toMatchObject({ typingDelay: false, examMode: true, textSize: 'large' });
    await Promise.all([first, second, third]);
    expect(store.getState().settings).toMatchObject({ typingDelay: false, examMode: true, textSize: 'large' });
    expect(writes.at(-1)).toMatchObject({ typingDelay: false, examMode: true, textSize: 'large' });
    // Once on, the checkbox never flickers back while earlier saves answer, and saves never overlap.
    expect(seen.slice(seen.indexOf(true))).not.toContain(false);
    expect(mostInFlight).toBe(1);
  });

  it('rolls back a setting the bridge could not save, and says why', async () => {
    const store = createAppStore(offlineApi, '');
    await store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().settings.theme).toBe('system');
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Could not save your settings: offline']);
  });
});

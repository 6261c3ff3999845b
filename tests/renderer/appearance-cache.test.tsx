import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../core/bridge/api';
import { fail } from '../../core/bridge/contract';
import { App } from '../../renderer/src/app/App';
import { readCachedAppearance, writeCachedAppearance } from '../../renderer/src/app/appearance-cache';
import { createAppStore } from '../../renderer/src/store/app-store';
import { AppProvider } from '../../renderer/src/store/context';

describe('appearance cache', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('remembers theme and text size for the next start', () => {
    writeCachedAppearance({ theme: 'dark', textSize: 'large' });
    expect(readCachedAppearance()).toEqual({ theme: 'dark', textSize: 'large' });
  });

  it.each(['not json', '{"theme":"purple","textSize":"large"}', '[]', 'null'])('ignores a cached value it cannot trust: %s', (value) => {
    localStorage.setItem('listenfirst.appearance', value);
    expect(readCachedAppearance()).toBeUndefined();
  });

  it('shows the cached theme from the first frame, before the saved settings arrive', async () => {
    writeCachedAppearance({ theme: 'dark', textSize: 'small' });
    // A bridge that never answers settings.get: only the cache can have set the theme.
    const api = createApi((channel) => (channel === 'settings.get' ? new Promise(() => {}) : Promise.resolve(fail('unavailable', 'not in this test'))));
    window.location.hash = '#/settings';
    render(<AppProvider store={createAppStore(api, '#/settings', readCachedAppearance())} api={api}><App /></AppProvider>);
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.textSize).toBe('small');
  });
});

import { useEffect, useRef } from 'react';
import { AppFrame } from './AppFrame';
import { writeCachedAppearance } from './appearance-cache';
import { useDocumentAppearance } from './theme';
import { handleMenuCommand } from './menu-commands';
import type { Route } from './routes';
import { Toasts } from '../components/Toasts';
import { useApi, useAppStore, useAppStoreApi } from '../store/context';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import BriefScreen from '../features/practice/BriefScreen';
import CallScreen from '../features/practice/CallScreen';
import DebriefScreen from '../features/practice/DebriefScreen';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryScreen />;
    case 'brief':
      return <BriefScreen key={route.scenarioId} scenarioId={route.scenarioId} />;
    case 'call':
      return <CallScreen key={route.sessionId} scenarioId={route.scenarioId} sessionId={route.sessionId} />;
    case 'debrief':
      return <DebriefScreen key={route.sessionId} sessionId={route.sessionId} />;
    case 'history':
      return <HistoryScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

/** Follows the URL hash, loads settings, applies appearance and listens to the Electron menu. */
function useAppWiring(): void {
  const store = useAppStoreApi();
  const api = useApi();

  useEffect(() => {
    void store.getState().loadSettings();
    const onHashChange = () => store.getState().syncFromHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);

  useEffect(() => {
    if (!api.onMenuCommand) return;
    return api.onMenuCommand((command) => handleMenuCommand(command, store, api));
  }, [api, store]);
}

/** Moves focus to the new screen's title after navigation (not on first load). */
function useFocusOnNavigate(route: Route): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.querySelector<HTMLElement>('main [data-screen-title], main h1') ?? document.getElementById('main');
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: false });
  }, [route]);
}

/** The whole renderer: frame, current screen and messages. */
export function App() {
  useAppWiring();
  const route = useAppStore((state) => state.route);
  const theme = useAppStore((state) => state.settings.theme);
  const textSize = useAppStore((state) => state.settings.textSize);
  const loaded = useAppStore((state) => state.settingsLoaded);
  useDocumentAppearance(theme, textSize);
  useEffect(() => {
    if (loaded) writeCachedAppearance({ theme, textSize });
  }, [loaded, theme, textSize]);
  useFocusOnNavigate(route);
  return (
    <>
      <AppFrame>
        <Screen route={route} />
      </AppFrame>
      <Toasts />
    </>
  );
}

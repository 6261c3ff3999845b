import type { MenuCommand } from '../../../core/bridge/contract';
import type { AppBridge } from '../bridge/get-api';
import { exportSessionFile } from '../features/history/save-file';
import type { AppStore } from '../store/app-store';
import type { Route } from './routes';

/** Told when no session is open and File › Export Session… takes the rep to History. */
export const CHOOSE_SESSION_TO_EXPORT = 'To export a session, choose it in History and press its Export button.';

/** The session on screen: the debrief's, or the call's (exporting it must not pull the rep out of a call). */
function openSessionId(route: Route): string | undefined {
  return route.name === 'debrief' || route.name === 'call' ? route.sessionId : undefined;
}

/** What the renderer does for each Electron application-menu command. */
export function handleMenuCommand(command: MenuCommand, store: AppStore, api: AppBridge): void {
  const state = store.getState();
  switch (command) {
    case 'import-scenario':
      state.requestScenarioImport();
      break;
    case 'theme-light':
    case 'theme-dark':
    case 'theme-system':
      void state.updateSettings({ theme: command.replace('theme-', '') as 'light' | 'dark' | 'system' });
      break;
    case 'export-session': {
      const sessionId = openSessionId(state.route);
      if (sessionId === undefined) {
        state.navigate({ name: 'history' });
        state.pushToast({ kind: 'info', message: CHOOSE_SESSION_TO_EXPORT });
        break;
      }
      void exportSessionFile(api, sessionId).then((message) => message && store.getState().pushToast(message));
      break;
    }
    case 'about':
      void api.app.info({}).then((info) =>
        store.getState().pushToast({ kind: 'info', message: info.ok ? `ListenFirst ${info.value.version}` : 'ListenFirst' }),
      );
      break;
  }
}

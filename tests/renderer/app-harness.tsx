import { act, render } from '@testing-library/react';
import type { MenuCommand } from '../../core/bridge/contract';
import { App } from '../../renderer/src/app/App';
import type { AppBridge } from '../../renderer/src/bridge/get-api';
import { createAppStore } from '../../renderer/src/store/app-store';
import { AppProvider } from '../../renderer/src/store/context';

// React's act() expects this flag; Testing Library sets it only where test globals exist.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The preload's menu subscription over a test bridge: `send` delivers a command as main would. */
export function withMenu(api: AppBridge): { bridge: AppBridge; send(command: MenuCommand): Promise<void> } {
  let listener: ((command: MenuCommand) => void) | undefined;
  const bridge: AppBridge = {
    ...api,
    onMenuCommand(next) {
      listener = next;
      return () => {
        listener = undefined;
      };
    },
  };
  // Async act: what the command starts (a load, an export) settles before the test looks.
  return { bridge, send: (command) => act(async () => listener?.(command)) };
}

/** Like main.tsx: the store starts from the URL, so the URL and the store agree from the first render. */
export function renderAppAt(hash: string, bridge: AppBridge) {
  window.location.hash = hash;
  const store = createAppStore(bridge, hash);
  render(<AppProvider store={store} api={bridge}><App /></AppProvider>);
  return store;
}

import { describe, expectTypeOf, it } from 'vitest';
import type { MenuCommand, Result } from '../../../core/bridge/contract';
import type { ListenFirstBridge } from '../../../electron/bridge-types';
import type { SaveFileResponse } from '../../../electron/dialog-channels';

// Type-level checks of the bridge the renderer codes against. `tsc` (npm test) enforces the
// expected-error directives below, so a loosened type fails the build rather than passing.
type Bridge = ListenFirstBridge;

describe('ListenFirstBridge types', () => {
  it('exposes contract verbs with their request and Result types', () => {
    expectTypeOf<Bridge['sessions']['get']>().parameter(0).toEqualTypeOf<{ id: string }>();
    expectTypeOf<Bridge['saveFile']>().returns.toEqualTypeOf<Promise<Result<SaveFileResponse>>>();
    expectTypeOf<Bridge['onMenuCommand']>().parameter(0).toEqualTypeOf<(command: MenuCommand) => void>();
    expectTypeOf<Bridge['onMenuCommand']>().returns.toEqualTypeOf<() => void>();
  });

  it('refuses wrong requests at compile time', () => {
    // Never called: the body exists for the compiler.
    const typeChecksOnly = (bridge: Bridge) => {
      // @ts-expect-error: ids are strings
      void bridge.sessions.get({ id: 1 });
      // @ts-expect-error: no such channel
      void bridge.sessions.drop({ id: 'x' });
      // @ts-expect-error: only the contract's menu commands reach the listener
      bridge.onMenuCommand((command: 'format-disk') => command);
      // @ts-expect-error: the preload never exposes ipcRenderer
      void bridge.ipcRenderer;
    };
    expectTypeOf(typeChecksOnly).toBeFunction();
  });
});

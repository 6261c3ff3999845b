import { useCallback, useEffect, useRef, useState } from 'react';
import type { BridgeError, Result } from '../../../core/bridge/contract';

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: BridgeError; data?: T };

/**
 * Runs a bridge call when the component mounts (and on `reload()`), keeping the last data
 * while a reload is in flight so lists don't flash empty. Late answers from an earlier call
 * are ignored.
 */
export function useBridgeQuery<T>(load: () => Promise<Result<T>>): QueryState<T> & { reload(): void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', data: previous.data }));
    void loadRef.current().then((result) => {
      if (!current) return;
      setState((previous) => (result.ok ? { status: 'ready', data: result.value } : { status: 'error', error: result.error, data: previous.data }));
    });
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

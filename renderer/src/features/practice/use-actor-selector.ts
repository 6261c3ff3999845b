import { useCallback, useSyncExternalStore } from 'react';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

/**
 * Subscribes a component to one narrow slice of an XState actor's snapshot, so a new customer
 * reply re-renders the log but not the meters' header. The selector must return something
 * stable between snapshots (a primitive, or a context field the machine replaces only when it
 * changes), as `useSyncExternalStore` requires.
 */
export function useActorSelector<A extends AnyActorRef, T>(actor: A, select: (snapshot: SnapshotFrom<A>) => T): T {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscription = actor.subscribe({ next: onChange, error: onChange, complete: onChange });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const read = () => select(actor.getSnapshot() as SnapshotFrom<A>);
  return useSyncExternalStore(subscribe, read, read);
}

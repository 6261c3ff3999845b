/**
 * Runs async tasks one at a time per key, in call order; different keys run concurrently.
 * Used so appends to one session never interleave or reorder, while two sessions don't wait on each other.
 */
export interface KeyedQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, task) {
      const previous = tails.get(key) ?? Promise.resolve();
      // Run after the previous task settles, whether it succeeded or failed.
      const result = previous.then(task, task);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // Forget the key once idle, so the map does not grow with every session ever touched.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}

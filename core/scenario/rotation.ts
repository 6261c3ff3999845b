/**
 * Seeded randomness and variant rotation, kept in the machine's context so that the same
 * seed and the same rep turns always give the same conversation (and snapshots serialise).
 */

/** Per line-set rotation state: indices not yet used in this cycle, and the last one said. */
export type Rotation = Record<string, { left: number[]; last: number }>;

/** One step of mulberry32: returns the next state and a float in [0, 1). */
export function nextRandom(state: number): { state: number; value: number } {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { state: s, value: ((t ^ (t >>> 14)) >>> 0) / 4294967296 };
}

/**
 * Picks a variant for `key`: variants rotate in a seeded shuffled order without repeats until
 * every one has been used, and a new cycle never starts with the line that ended the last one.
 * An optional `score` prefers the unused variant that fits the moment best.
 */
export function pickVariant(
  rng: number, rotation: Rotation, key: string, count: number, score?: (index: number) => number,
): { index: number; rng: number; rotation: Rotation } {
  if (count <= 1) return { index: 0, rng, rotation };
  const entry = rotation[key];
  let left = entry?.left ?? [];
  const last = entry?.last ?? -1;
  let state = rng;
  if (left.length === 0) {
    left = Array.from({ length: count }, (_, i) => i);
    for (let i = left.length - 1; i > 0; i--) {
      const r = nextRandom(state);
      state = r.state;
      const j = Math.floor(r.value * (i + 1));
      [left[i], left[j]] = [left[j] as number, left[i] as number];
    }
    if (left[0] === last) [left[0], left[1]] = [left[1] as number, left[0] as number];
  }
  // With a score, the best-scoring line still unused this cycle goes first (ties keep the seeded order).
  let at = 0;
  if (score) {
    let best = score(left[0] as number);
    for (let i = 1; i < left.length; i++) {
      const s = score(left[i] as number);
      if (s > best) [best, at] = [s, i];
    }
  }
  const index = left[at] as number;
  const rest = left.filter((_, i) => i !== at);
  return { index, rng: state, rotation: { ...rotation, [key]: { left: rest, last: index } } };
}

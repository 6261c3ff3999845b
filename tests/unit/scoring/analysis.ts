import type { TurnAnalysis } from '../../../core/analyzer/types';

/** A hand-made analyzer verdict, so metric tests do not depend on the classifier's choices. */
export function analysis(text: string, labels: Partial<TurnAnalysis> = {}): TurnAnalysis {
  return {
    question: 'none',
    spin: 'none',
    reflect: false,
    pitch: false,
    valueLink: false,
    pressure: false,
    inform: false,
    acts: [],
    focus: { customer: 0, self: 0 },
    topics: [],
    preparation: [],
    words: text.trim().split(/\s+/).length,
    reasons: [],
    ...labels,
  };
}

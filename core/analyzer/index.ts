/**
 * Public entry of the analyzer. PLACEHOLDER: a naive rule set so other modules can integrate;
 * the real classifier replaces the body of `analyzeTurn` without changing its signature.
 */
import type { AnalyzeContext, TurnAnalysis } from './types';

export type * from './types';

export function analyzeTurn(text: string, context: AnalyzeContext = {}): TurnAnalysis {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const isQuestion = trimmed.endsWith('?');
  const open = isQuestion && /^(what|how|why|tell me|walk me)/.test(lower);
  const pitch = /\b(we|our)\b/.test(lower);
  const words = trimmed ? trimmed.split(/\s+/).length : 0;
  const topics = (context.topics ?? []).filter((t) => t.terms.some((term) => lower.includes(term.toLowerCase()))).map((t) => t.id);
  return {
    question: isQuestion ? (open ? 'open' : 'closed') : 'none',
    spin: 'none',
    reflect: false,
    pitch,
    valueLink: false,
    pressure: false,
    inform: pitch,
    acts: [...(isQuestion ? ['question' as const] : []), ...(pitch ? ['pitch' as const, 'inform' as const] : [])],
    focus: { customer: (lower.match(/\byou(r)?\b/g) ?? []).length, self: (lower.match(/\b(we|our|i)\b/g) ?? []).length },
    topics,
    preparation: [],
    words,
    reasons: [],
  };
}

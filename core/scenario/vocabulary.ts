/**
 * Word matching the engine needs beyond the analyzer: the built-in SPIN vocabulary that lets
 * generic good questions work in every scenario, and a small whole-word matcher for triggers.
 */
import type { Layer } from './schema';

/** Words that ask for each layer whatever the scenario ("what are your priorities?"). */
export const GENERIC_LAYER_TERMS: Record<Layer, readonly string[]> = {
  situation: ['priority', 'priorities', 'focus', 'currently', 'today', 'right now', 'at the moment', 'day to day', 'walk me through', 'tell me about', 'how do you', 'how does', 'on your plate', 'going on', 'working on', 'set up', 'handle'],
  problem: ['challenge', 'problem', 'difficult', 'hard', 'frustrat', 'struggl', 'worry', 'worri', 'pain', 'issue', 'concern', 'keeping you up', 'not working', 'go wrong', 'bottleneck', 'slow', 'headache', 'in the way', 'blocker', 'stuck', 'stop'],
  implication: ['impact', 'cost', 'add up', 'per month', 'each month', 'a year', 'in money', 'affect', 'consequence', 'what happens', 'mean for', 'how much', 'how many', 'result', 'risk', 'lose', 'losing', 'effect', 'knock-on', 'toll', 'price of', 'downstream'],
  need_payoff: ['success', 'ideal', 'if you could', 'would it mean', 'would that mean', 'worth', 'look like if', 'magic wand', 'wish', 'valuable', 'best case', 'solved', 'fixed', 'change for you', 'difference would'],
};

/** Business words that keep a question on topic even when it names no scenario topic. */
export const BUSINESS_TERMS: readonly string[] = [
  'business', 'company', 'customer', 'client', 'team', 'staff', 'work', 'quarter', 'year', 'month', 'budget', 'revenue', 'process',
  'role', 'job', 'project', 'goal', 'target', 'plan', 'strategy', 'growth', 'market', 'number', 'decision', 'people', 'operation',
  'system', 'tool', 'vendor', 'sales', 'time', 'money', 'outcome', 'result', 'else', 'other', 'more',
];

const SUFFIX = '(?:s|es|e|ed|d|ing|er|ers|est|ies|y|ly|ion|ions|ation|ations|al)?';
const compiled = new WeakMap<readonly string[], RegExp>();

/** Lowercases and reduces punctuation to spaces (keeps apostrophes inside words and hyphens). */
export function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9'\- ]+/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function pattern(terms: readonly string[]): RegExp {
  let re = compiled.get(terms);
  if (!re) {
    const bodies = terms.map((t) => normalize(t).trim()).filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // One alternation per list (compiled once): a term counts as a whole word or a stem with a common ending.
    re = bodies.length ? new RegExp(`(?<![a-z0-9])(?:${bodies.join('|')})${SUFFIX}(?![a-z0-9])`) : /(?!)/;
    compiled.set(terms, re);
  }
  return re;
}

/** True when any term occurs in the (normalized) text as a word or word stem with a common ending. */
export function mentions(normalized: string, terms: readonly string[]): boolean {
  return pattern(terms).test(normalized);
}

/** Word-set similarity used to spot a repeated question. */
export function similarity(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let both = 0;
  for (const w of wa) if (wb.has(w)) both++;
  return both / (wa.size + wb.size - both);
}

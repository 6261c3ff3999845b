/**
 * Which needs a rep turn is about: the needs it names (through the analyzer's topics or a stated
 * want's words), weighted by how much of the turn is about each, the lead-in / question split, and
 * brief facts that lead to the need whose story holds them. Pure functions of the scenario and the turn.
 */
import type { TurnAnalysis } from '../analyzer/types';
import { LAYERS, type Scenario } from './schema';
import { countMentions, mentions, normalize } from './vocabulary';

/** "that", "there": a follow-up on what the customer just said, never off-topic. */
export const ANAPHORA = /\b(that|this|there|it|those|these|them)\b/;

/** "Is there…", "there's…", "this week": not a pointer back at what was just said. */
export const NOT_POINTING = /\b(?:(?:is|are|was|were) there|there (?:is|are|was|were|'s)|this (?:week|month|year|quarter|morning|afternoon|evening|night|day|season|spring|summer|autumn|fall|winter))\b/g;

/**
 * A turn that opens with a statement and then asks: "I saw you opened Leith in March. What's taking
 * up your week?" Splits it into the lead-in and the question sentences; null when there is no
 * lead-in or no '?'.
 */
export function splitLeadIn(rawText: string): { leadIn: string; question: string } | null {
  const sentences = rawText.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
  const first = sentences.findIndex((s) => s.endsWith('?'));
  if (first < 1) return null;
  return { leadIn: sentences.slice(0, first).join(' '), question: sentences.filter((s) => s.endsWith('?')).join(' ') };
}

/**
 * Needs the turn names, through the analyzer's topics or the stated wants' words. After a lead-in
 * statement the question decides: the needs it names; else the lead-in's when the question points
 * back at it ("How has that gone?"); none when it is a fresh generic question ("What's taking up
 * your week?"), which then gets the top-of-mind need like any opener.
 */
export function namedNeeds(scenario: Scenario, text: string, a: TurnAnalysis, rawText = text): string[] {
  const named = namedNeedsInOrder(scenario, text, a, rawText);
  return named.length ? byWeight(scenario, text, named) : aboutFacts(scenario, text, rawText);
}

/**
 * Orders named needs by how much of the turn is about each: its terms plus its layers' triggers
 * ("How much output do unplanned stoppages cost you?" is about downtime, not capacity, though it
 * says "output"). Ties keep the scenario's priority order.
 */
function byWeight(scenario: Scenario, text: string, ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const weights = new Map(ids.map((id) => [id, needWeight(scenario, text, id)]));
  return [...ids].sort((x, y) => (weights.get(y) ?? 0) - (weights.get(x) ?? 0));
}

/** How many of a need's terms and layer triggers the turn uses. */
export function needWeight(scenario: Scenario, text: string, id: string): number {
  const need = scenario.needs.find((n) => n.id === id);
  if (!need) return 0;
  return countMentions(text, need.terms) + LAYERS.reduce((sum, l) => sum + countMentions(text, need.layers[l].triggers), 0);
}

/** True when the turn is more about another named need than about `focus`. */
export function moreAbout(scenario: Scenario, text: string, named: string[], focus: string): boolean {
  const own = needWeight(scenario, text, focus);
  return named.some((id) => id !== focus && needWeight(scenario, text, id) > own);
}

/** True when a (normalized) text uses a need's terms, or a stated want's terms for it. */
export function namesNeed(scenario: Scenario, part: string, id: string): boolean {
  return scenario.needs.some((n) => n.id === id && mentions(part, n.terms))
    || scenario.wants.some((w) => w.real_need === id && mentions(part, w.terms));
}

function namedNeedsInOrder(scenario: Scenario, text: string, a: TurnAnalysis, rawText: string): string[] {
  const ids = new Set(a.topics);
  for (const w of scenario.wants) if (mentions(text, w.terms)) ids.add(w.real_need);
  const inTurn = scenario.needs.map((n) => n.id).filter((id) => ids.has(id));
  const split = inTurn.length ? splitLeadIn(rawText) : null;
  if (!split) return inTurn;
  const [leadIn, question] = [normalize(split.leadIn), normalize(split.question)];
  const names = (part: string, id: string) => namesNeed(scenario, part, id);
  // A topic the analyzer heard that the lead-in does not name was heard in the question.
  const inQuestion = scenario.needs.map((n) => n.id).filter((id) => names(question, id) || (ids.has(id) && !names(leadIn, id)));
  if (inQuestion.length) return inQuestion;
  return ANAPHORA.test(question.replace(NOT_POINTING, ' ')) ? inTurn : [];
}

/**
 * A turn that names no need but asks about a brief fact ("I saw the Ledger story. What happened that
 * morning?") is about the needs whose story holds that fact. After a lead-in the question must name
 * the fact or point back at it; a fresh generic question ("What's taking up your week?") stays generic.
 */
function aboutFacts(scenario: Scenario, text: string, rawText: string): string[] {
  const facts = scenario.brief.filter((f) => mentions(text, f.terms));
  if (!facts.length) return [];
  const split = splitLeadIn(rawText);
  const question = split ? normalize(split.question) : text;
  const asked = split ? facts.filter((f) => mentions(question, f.terms)) : facts;
  const chosen = asked.length ? asked : ANAPHORA.test(question) ? facts : [];
  const score = new Map<string, number>();
  for (const f of chosen) for (const [id, n] of factNeeds(scenario, f.id)) score.set(id, (score.get(id) ?? 0) + n);
  return [...score.keys()].sort((x, y) => (score.get(y) ?? 0) - (score.get(x) ?? 0));
}

const needsOfFacts = new WeakMap<Scenario, Map<string, [string, number][]>>();

/**
 * The needs whose customer lines mention a brief fact's terms, with how many of their lines do,
 * most first (computed once per scenario).
 */
export function factNeeds(scenario: Scenario, factId: string): [string, number][] {
  let map = needsOfFacts.get(scenario);
  if (!map) {
    map = new Map(scenario.brief.map((fact) => [fact.id, scenario.needs
      .map((n): [string, number] => [n.id, LAYERS.reduce((sum, l) => sum + n.layers[l].lines.filter((line) => mentions(normalize(line), fact.terms)).length, 0)])
      .filter(([, n]) => n > 0)
      .sort((x, y) => y[1] - x[1])]));
    needsOfFacts.set(scenario, map);
  }
  return map.get(factId) ?? [];
}

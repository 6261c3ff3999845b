/**
 * Reading a rep turn as a move in the conversation: which need and layer it opens, whether it
 * pitches, pressures, repeats, ignores what was just said, or wanders off. Pure functions of the
 * scenario, the customer's memory and the analyzed turn; the machine's guards and actions call them.
 */
import type { TurnAnalysis } from '../analyzer/types';
import type { CustomerContext, Move } from './context';

export type { Move };
import { LAYERS, type Scenario } from './schema';
import { ANAPHORA, moreAbout, namedNeeds, namesNeed, NOT_POINTING, splitLeadIn } from './naming';
import { BUSINESS_TERMS, GENERIC_LAYER_TERMS, isLeisureChat, isSmallTalk, mentions, normalize, PRODUCT_TERMS, sameQuestion } from './vocabulary';

const ELSE = /\b(else|other|another|anything more|what more|besides)\b/;
const WH_START = /^\s*(?:so |and |but |okay |ok )?(what|how|why|where|when|who|which|tell me|walk me)\b/;
/** "Is that the biggest problem?": asks the customer to rank, so an answer may name the next thing. */
const RANKING = /\b(biggest|main|most important|only|worst|number one|the big one|top one)\b/;
const SOLUTION = /\b(looking for|ideal|wish list|want from|need from|solution|would help|what would you need)\b/;

/** The deepest layer a turn asks for (0 when it asks for none). */
export function requestedLayer(scenario: Scenario, text: string, a: TurnAnalysis, need?: string): number {
  if (a.reflect) return LAYERS.length;
  if (a.question === 'none') return 0;
  let r = a.spin === 'none' ? 0 : LAYERS.indexOf(a.spin) + 1;
  const n = need ? scenario.needs.find((x) => x.id === need) : undefined;
  LAYERS.forEach((layer, i) => {
    if (mentions(text, GENERIC_LAYER_TERMS[layer]) || (n && mentions(text, n.layers[layer].triggers))) r = Math.max(r, i + 1);
  });
  if (r === 0) r = a.question === 'open' ? 2 : 1;
  // A yes/no question gets a yes/no answer: at most the problem, never the cost or the payoff.
  // ("How much…?" asks for a number, whatever its label.)
  return a.question === 'closed' && !WH_START.test(text) ? Math.min(r, 2) : r;
}

/** Minimum trust for a layer of a need to open. */
export function layerTrust(scenario: Scenario, needId: string, layer: number): number {
  const key = LAYERS[layer - 1] ?? 'situation';
  const need = scenario.needs.find((n) => n.id === needId);
  const own = need?.layers[key].min_trust;
  const base = own ?? scenario.trust.layers[key];
  // Guarded customers share situation facts only.
  return layer > 1 ? Math.max(base, scenario.trust.guarded_below) : base;
}

function available(scenario: Scenario, ctx: CustomerContext, needId: string): boolean {
  const need = scenario.needs.find((n) => n.id === needId);
  return !!need && (!need.phase || ctx.phases.includes(need.phase));
}

/** Needs in the order a generic question reaches them: top of mind first, then by priority. */
function genericOrder(scenario: Scenario): string[] {
  const top = scenario.needs.filter((n) => n.top_of_mind).map((n) => n.id);
  return [...top, ...scenario.needs.filter((n) => !n.top_of_mind).map((n) => n.id)];
}

const onTopicTerms = new WeakMap<Scenario, string[]>();

/** Every word that keeps a question on the scenario's ground (computed once per scenario). */
function allScenarioTerms(scenario: Scenario): string[] {
  let terms = onTopicTerms.get(scenario);
  if (terms) return terms;
  terms = [
    ...BUSINESS_TERMS,
    ...PRODUCT_TERMS,
    ...Object.values(GENERIC_LAYER_TERMS).flat(),
    // Layer triggers are left out: they tune depth on a named topic, they don't make small talk relevant.
    ...scenario.needs.flatMap((n) => n.terms),
    ...scenario.brief.flatMap((b) => b.terms),
    // The rep's own product: "how has RouteLedger been working for you?" asks about their experience.
    scenario.product.name,
    ...scenario.product.capabilities.flatMap((c) => [c.name, ...c.phrases]),
    ...scenario.wants.flatMap((w) => w.terms),
    scenario.persona.company.split(/[ (]/)[0] ?? '',
  ].filter(Boolean);
  onTopicTerms.set(scenario, terms);
  return terms;
}

/** Words a greeting may carry besides pleasantries: the customer's name, the rep's product and company. */
function smallTalkNames(scenario: Scenario): string[] {
  return [scenario.persona.name, scenario.product.name];
}

/** Picks the need and layer a question or reflection opens, or why it cannot. */
function resolveDisclosure(scenario: Scenario, ctx: CustomerContext, text: string, a: TurnAnalysis, named: string[]): Move | null {
  const next = (id: string) => (ctx.depth[id] ?? 0) + 1;
  const tryNeed = (id: string): Move | null => {
    const layer = next(id);
    if (layer > LAYERS.length || !available(scenario, ctx, id)) return null;
    if (requestedLayer(scenario, text, a, id) < layer) return null;
    if (ctx.trust < layerTrust(scenario, id, layer)) return { kind: 'guarded', need: id, layer };
    // "What would success look like?" once the problem is out: the cost comes first, then the answer,
    // in one reply (a need-payoff question is never answered with the cost alone).
    const payoff = LAYERS.length;
    const through = layer === payoff - 1 && !a.reflect && requestedLayer(scenario, text, a, id) >= payoff
      && ctx.trust + scenario.trust.changes.reveal >= layerTrust(scenario, id, payoff) ? payoff : undefined;
    return { kind: 'reveal', need: id, layer, reflection: a.reflect, ...(through ? { through } : {}) };
  };
  if (named.length) {
    // The thread the customer is on goes first unless the turn is more about another need.
    const ordered = ctx.focus && named.includes(ctx.focus) && !moreAbout(scenario, text, named, ctx.focus)
      ? [ctx.focus, ...named.filter((n) => n !== ctx.focus)] : named;
    for (const id of ordered) {
      const m = tryNeed(id);
      if (m) return m;
    }
    return null;
  }
  // Generic turn. A reflection or a question pointing back ("what does that cost you?") follows
  // the thread the customer is on; "what else…" or a fresh question ("your priorities?") opens a new one.
  const wantsNew = ELSE.test(text);
  if (ctx.focus && !wantsNew && (a.reflect || ANAPHORA.test(text))) {
    const onThread = tryNeed(ctx.focus);
    if (onThread || a.reflect || !RANKING.test(text)) return onThread;
  }
  if (a.reflect) return null;
  for (const id of genericOrder(scenario)) if (id !== ctx.focus || !wantsNew) { const m = tryNeed(id); if (m) return m; }
  return null;
}

/**
 * Classifies a rep turn. Order matters: unclear input, pressure, next steps and goodbyes,
 * pitches, then questions and reflections (which may open a layer), then repeats and drift.
 */
export function resolveTurn(scenario: Scenario, ctx: CustomerContext, rawText: string, a: TurnAnalysis): Move {
  const text = normalize(rawText);
  if (a.acts.includes('unclear') || a.words === 0 || text.trim() === '') return { kind: 'unclear' };
  if (a.pressure) return { kind: 'pressure' };
  if (a.acts.includes('next_step')) return { kind: 'next_step' };
  if (a.acts.includes('closing') && a.question === 'none') return { kind: 'closing' };
  // "Did you catch the game at the weekend?" is chat, whatever need "weekend" names.
  if (!a.pitch && isLeisureChat(text)) return ctx.turns === 0 ? { kind: 'greeting' } : { kind: 'off_topic' };
  const named = namedNeeds(scenario, text, a, rawText);
  // "Hi, thanks for making time" opens the call even when the analyzer hears an implied question;
  // "how's it going?" is a pleasantry at any point, never an off-topic question.
  const opener = ctx.turns === 0 && !rawText.includes('?') && a.acts.some((x) => x === 'greeting' || x === 'thanks' || x === 'agenda');
  if (!named.length && !a.pitch && (opener || isSmallTalk(rawText, smallTalkNames(scenario)))) return { kind: 'greeting' };
  if (a.pitch) {
    // A pitch that names a need the customer has explained to implication depth is tied to their
    // pain, whether or not the analyzer heard the link; a "value link" about nothing named uses the focus.
    const linked = [...named, ...(a.valueLink && ctx.focus ? [ctx.focus] : [])].find((id) => (ctx.depth[id] ?? 0) >= 3);
    if (linked) return { kind: 'value_link', need: linked };
    const fresh = scenario.objections.filter((o) => !ctx.objections.includes(o.id));
    const triggered = fresh.find((o) => mentions(text, o.triggers));
    if (triggered) return { kind: 'pitch', objection: triggered.id };
    const want = scenario.wants.find((w) => !ctx.wantsVoiced.includes(w.id) && (ctx.depth[w.real_need] ?? 0) < 3);
    if (want) return { kind: 'pitch', want: want.id };
    return fresh[0] ? { kind: 'pitch', objection: fresh[0].id } : { kind: 'pitch' };
  }
  const asks = a.question !== 'none' || a.reflect;
  if (!asks) {
    if (ctx.turns === 0 || a.acts.some((x) => x === 'greeting' || x === 'agenda')) return { kind: 'greeting' };
    return { kind: 'generic' };
  }
  const last = ctx.lastDisclosure;
  // "What does that cost you in club signups?" right after a disclosure points back at it, even when
  // it also uses another need's word: a follow-up on the thread, not a change of topic. After a
  // lead-in of the rep's own ("I saw the outage in September. How did that hit your loads?") the
  // pointer is to the lead-in, not to what the customer said.
  const split = splitLeadIn(rawText);
  const asked = normalize(split?.question ?? rawText).replace(NOT_POINTING, ' ');
  const pointsBack = ANAPHORA.test(asked) && !(split && named.some((id) => namesNeed(scenario, normalize(split.leadIn), id)));
  const thread = !!last && last.need === ctx.focus && named.length > 0 && !named.includes(last.need) && pointsBack ? last.need : null;
  // Jumping topic right after the customer says what hurts (before asking what it costs them) is ignoring them.
  if (last && last.layer === 2 && !a.reflect && named.length && !named.includes(last.need) && !thread) {
    return { kind: 'ignored', need: last.need };
  }
  // Asking for the solution before the problem is understood gets the stated want, once.
  const solutionAsk = a.question !== 'none' && (a.spin === 'need_payoff' || SOLUTION.test(text));
  if (solutionAsk) {
    const target = named[0] ?? ctx.focus ?? genericOrder(scenario)[0];
    const want = scenario.wants.find((w) => w.real_need === target && !ctx.wantsVoiced.includes(w.id) && (ctx.depth[w.real_need] ?? 0) < 2);
    if (want) return { kind: 'want', want: want.id };
  }
  const followsUp = ctx.focus !== null && ANAPHORA.test(text);
  if (!a.reflect && !followsUp && named.length === 0 && !mentions(text, allScenarioTerms(scenario))) {
    return { kind: 'off_topic' };
  }
  // Asking again what the customer already answered gets "asked and answered", not the next need.
  // "What else…?" asks for something new, and "what does that cost?" on another thread is a new question.
  const repeats = (q: { text: string; focus: string | null }) => sameQuestion(q.text, text) && (!ANAPHORA.test(text) || q.focus === ctx.focus);
  if (a.question !== 'none' && !ELSE.test(text) && ctx.answered.some(repeats)) return { kind: 'repeated' };
  const disclosure = resolveDisclosure(scenario, ctx, text, a, thread ? [thread, ...named] : named);
  // Empathy never gets a rebuff: a reflection that cannot open a layer yet still earns trust.
  if (disclosure?.kind === 'guarded' && a.reflect) return { kind: 'generic', reflection: true };
  if (disclosure) return disclosure;
  if (a.reflect) return { kind: 'generic', reflection: true };
  if (a.question !== 'none' && ctx.asked.some((q) => sameQuestion(q, text))) return { kind: 'repeated' };
  return a.question !== 'none' ? { kind: 'generic', asked: true } : { kind: 'generic' };
}

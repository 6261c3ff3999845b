/**
 * Graph analysis of a compiled scenario with `xstate/graph`: explores the conversations a rep
 * could have, made of abstract moves (ask about a need, reflect, use the brief, pitch, pressure,
 * wander off, propose a next step, hang up), to prove every state, phase and disclosure layer can
 * be reached, a next step can be won, and no state is a dead end.
 *
 * Kept bounded by abstracting the context in the state key: trust becomes a band between the
 * scenario's own thresholds, turns are dropped unless a phase counts them, and only needs in
 * progress plus the next untouched one are offered as questions.
 */
import { getAdjacencyMap } from 'xstate/graph';
import type { TurnAnalysis } from '../analyzer/types';
import type { CallEvent, CallInput, CustomerContext } from './context';
import { countUncovered, createScenarioMachine, STATES, type StateName } from './machine';
import type { ScenarioMachine, ScenarioSnapshot } from './play';
import { LAYERS, type Scenario } from './schema';

/** A move in the abstract conversation, readable in reports ("ask an implication question about no-shows"). */
export interface AbstractMove {
  label: string;
  event: CallEvent;
}

export interface GraphReport {
  /** Abstract conversation states explored. */
  explored: number;
  states: Record<StateName, boolean>;
  /** Phase id → whether some conversation begins it. */
  phases: Record<string, boolean>;
  /** `need.layer` keys that no conversation discloses. */
  unreachableLayers: string[];
  /** Non-final states from which no conversation can end (without hanging up). */
  deadEnds: string[];
  /** The shortest winning conversation as readable moves, or null when none wins. */
  shortestWin: string[] | null;
  /** Set when the exploration hit its bound; the other fields are then partial. */
  truncated: boolean;
}

const LIMIT = 400_000;

function analysis(partial: Partial<TurnAnalysis>): TurnAnalysis {
  return {
    question: 'none', spin: 'none', reflect: false, pitch: false, valueLink: false, pressure: false, inform: false,
    acts: [], focus: { customer: 0, self: 0 }, topics: [], preparation: [], words: 8, reasons: [], ...partial,
  };
}

const said = (text: string, a: Partial<TurnAnalysis>): CallEvent => ({ type: 'rep.said', text, analysis: analysis(a) });

/** The moves a rep can make from a given point of the call. */
export function abstractMoves(scenario: Scenario, ctx: CustomerContext, kinds: 'all' | 'good' | 'bad' | 'idle' = 'all'): AbstractMove[] {
  if (kinds === 'idle') return [{ label: 'make small talk', event: said('[mm, sure]', { acts: ['agreement'] }) }];
  const moves: AbstractMove[] = [];
  if (ctx.turns === 0) moves.push({ label: 'greet and set an agenda', event: said('[hello]', { acts: ['greeting', 'agenda'] }) });
  const order = [...scenario.needs.filter((n) => n.top_of_mind), ...scenario.needs.filter((n) => !n.top_of_mind)];
  const available = (phase?: string) => !phase || ctx.phases.includes(phase);
  const firstUntouched = order.find((n) => (ctx.depth[n.id] ?? 0) === 0 && available(n.phase));
  // Canonical order keeps the search small: deepen the need in focus, or open the next untouched one.
  for (const need of order) {
    const d = ctx.depth[need.id] ?? 0;
    if (d >= LAYERS.length || !available(need.phase) || (need !== firstUntouched && need.id !== ctx.focus)) continue;
    const layer = LAYERS[d] ?? 'need_payoff';
    moves.push({
      label: `ask ${layer === 'implication' ? 'an' : 'a'} ${layer.replace('_', '-')} question about ${need.id}`,
      event: said(`[${layer} question on ${need.id}]`, { question: 'open', spin: layer, acts: ['question'], topics: [need.id] }),
    });
  }
  if (ctx.focus && (ctx.depth[ctx.focus] ?? 0) < LAYERS.length) {
    moves.push({ label: `reflect back what they said about ${ctx.focus}`, event: said('[reflection]', { reflect: true, acts: ['reflection'] }) });
  }
  if (ctx.focus && kinds !== 'good') {
    if ((ctx.depth[ctx.focus] ?? 0) >= 3) {
      moves.push({ label: `link the product to ${ctx.focus}`, event: said('[value link]', { pitch: true, valueLink: true, inform: true, acts: ['pitch', 'inform'], topics: [ctx.focus] }) });
    }
  }
  const fact = scenario.brief.find((b) => !ctx.preparation.includes(b.id));
  if (fact && kinds === 'all') moves.push({ label: `mention the brief (${fact.id})`, event: said(`[brief ${fact.id}]`, { preparation: [fact.id], acts: ['inform'] }) });
  const pitches = kinds !== 'good' || scenario.phases.some((p) => p.when.some((c) => c.guard === 'hasRaisedObjection'));
  if (pitches) moves.push({ label: 'pitch the product', event: said('[pitch]', { pitch: true, inform: true, acts: ['pitch', 'inform'] }) });
  if (kinds !== 'good') {
    moves.push(
      { label: 'pressure them', event: said('[pressure]', { pressure: true, acts: ['pressure'] }) },
      { label: 'go off topic', event: said('[weather?]', { question: 'open', spin: 'situation', acts: ['question'] }) },
    );
  }
  const proposal: AbstractMove = { label: 'propose a next step', event: said('[next step]', { question: 'closed', acts: ['question', 'next_step'] }) };
  // The careful rep proposes only once enough is uncovered (the rough rep explores premature proposals and hanging up).
  const next = scenario.ending.next_step;
  if (kinds === 'good') {
    if (countUncovered(ctx, LAYERS.indexOf(next.depth) + 1) >= next.needs) moves.push(proposal);
    return moves;
  }
  moves.push(proposal, { label: 'hang up', event: { type: 'call.ended' } });
  if (kinds !== 'bad') return moves;
  // The rough rep asks one question (to make progress) and otherwise makes moves that cost trust or end the call.
  const question = moves.find((m) => m.label.startsWith('ask'));
  return moves.filter((m) => m === question || !/^(ask|reflect|link)/.test(m.label));
}

type Adjacency = Record<string, { state: ScenarioSnapshot; transitions: Record<string, { event: CallEvent; state: ScenarioSnapshot }> }>;

interface Exploration {
  adj: Adjacency;
  key: (s: ScenarioSnapshot) => string;
  labels: Map<CallEvent, string>;
  truncated: boolean;
}

/** Runs xstate/graph's breadth-first traversal with an abstract state key and a move set. */
function explore(machine: ScenarioMachine, scenario: Scenario, kinds: 'good' | 'bad' | 'idle', key: (s: ScenarioSnapshot) => string): Exploration {
  const labels = new Map<CallEvent, string>();
  try {
    const adj = getAdjacencyMap<ScenarioSnapshot, CallEvent, CallInput>(machine as never, {
      input: { seed: 1 },
      serializeState: key,
      serializeEvent: (e: CallEvent) => (e.type === 'rep.said' ? e.text : e.type),
      events: (s: ScenarioSnapshot) => abstractMoves(scenario, s.context, kinds).map((m) => { labels.set(m.event, m.label); return m.event; }),
      stopWhen: (s: ScenarioSnapshot) => s.status !== 'active',
      limit: LIMIT,
    });
    return { adj: adj as unknown as Adjacency, key, labels, truncated: false };
  } catch {
    return { adj: {}, key, labels, truncated: true };
  }
}

/** Shortest path (as move labels) from the start to a state satisfying `goal`. */
function shortestPath(x: Exploration, goal: (s: ScenarioSnapshot) => boolean): string[] | null {
  const start = Object.keys(x.adj)[0];
  if (!start) return null;
  const prev = new Map<string, { from: string; label: string }>();
  const queue = [start];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i] as string;
    for (const t of Object.values(x.adj[k]?.transitions ?? {})) {
      const nk = x.key(t.state);
      if (seen.has(nk) || !x.adj[nk]) continue;
      seen.add(nk);
      prev.set(nk, { from: k, label: x.labels.get(t.event) ?? t.event.type });
      if (goal(t.state)) {
        const path: string[] = [];
        for (let at: string | undefined = nk; at && prev.has(at); at = prev.get(at)?.from) path.unshift(prev.get(at)?.label ?? '');
        return path;
      }
      queue.push(nk);
    }
  }
  return null;
}

/** Non-final abstract states from which no final state is reachable without hanging up. */
function deadEnds(x: Exploration): string[] {
  const keys = Object.keys(x.adj);
  const incoming = new Map<string, string[]>();
  for (const k of keys) {
    for (const t of Object.values(x.adj[k]?.transitions ?? {})) {
      if (t.event.type === 'call.ended') continue;
      const nk = x.key(t.state);
      incoming.set(nk, [...(incoming.get(nk) ?? []), k]);
    }
  }
  const canEnd = new Set(keys.filter((k) => x.adj[k]?.state.status !== 'active'));
  const stack = [...canEnd];
  while (stack.length) {
    for (const from of incoming.get(stack.pop() as string) ?? []) if (!canEnd.has(from)) { canEnd.add(from); stack.push(from); }
  }
  return [...new Set(keys.filter((k) => !canEnd.has(k)).map((k) => String(x.adj[k]?.state.value)))];
}

/**
 * Explores the scenario's abstract conversations in two bounded passes: a careful rep (questions,
 * reflections, the brief, pitches, next steps) with a detailed state key, which finds the layers,
 * phases and the shortest win; and a rough rep (pressure, off-topic, pitches) with a coarse key,
 * which finds the guarded, wrap-up and ending states.
 */
export function analyzeScenarioGraph(scenario: Scenario): GraphReport {
  const machine = createScenarioMachine(scenario);
  const next = scenario.ending.next_step;
  const conditions = [...scenario.phases.flatMap((p) => p.when), ...next.also];
  const thresholds = [...new Set([
    scenario.trust.ends_below, scenario.trust.guarded_below, scenario.trust.guarded_below + 5, next.trust,
    ...Object.values(scenario.trust.layers),
    ...scenario.needs.flatMap((n) => LAYERS.map((l) => n.layers[l].min_trust ?? 0)),
    ...conditions.map((c) => c.value ?? 0),
  ])].sort((a, b) => a - b);
  const band = (trust: number) => thresholds.filter((t) => trust >= t).length;
  const trustCap = Math.max(...thresholds) + 25;
  const turnCap = Math.max(0, ...conditions.map((c) => c.turns ?? 0));
  const common = (s: ScenarioSnapshot) => {
    const c = s.context;
    return [s.value, band(c.trust), c.phases.join(','), c.warned ? 1 : 0, Math.min(c.turns, turnCap), c.turns === 0 ? 0 : 1, c.lastDisclosure ? 1 : 0];
  };
  // Needs that conditions, trust overrides or phases single out keep their own depth; the others are
  // interchangeable for the guards, so only how many sit at each depth matters.
  const special = new Set<string>([
    ...conditions.flatMap((c) => (c.need ? [c.need] : [])),
    ...scenario.needs.filter((n) => n.phase || LAYERS.some((l) => n.layers[l].min_trust !== undefined)).map((n) => n.id),
  ]);
  const careful = explore(machine, scenario, 'good', (s) => {
    const c = s.context;
    const plain = Object.entries(c.depth).filter(([id]) => !special.has(id)).map(([, d]) => d).sort().join('');
    const own = [...special].map((id) => c.depth[id] ?? 0).join('');
    const focus = c.focus ? `${special.has(c.focus) ? c.focus : '*'}${c.depth[c.focus]}` : '-';
    // Exact trust, not its band: two conversations in the same band can differ in what they can
    // still earn (asking vs reflecting), and keeping only the first found would hide a win. Far above
    // the highest threshold more trust changes nothing, so it is capped there.
    return [...common(s), Math.min(Math.round(c.trust), trustCap), plain, own, focus, Math.min(c.objections.length, 9)].join('|');
  });
  const rough = explore(machine, scenario, 'bad', (s) => [...common(s), Math.min(4, Object.values(s.context.depth).reduce((a, b) => a + b, 0))].join('|'));
  // A rep who only makes small talk: a chain of at most `patience` turns that shows running out of time.
  const idle = explore(machine, scenario, 'idle', (s) => `${s.value}|${s.context.turns}`);

  const states = Object.fromEntries(STATES.map((n) => [n, false])) as Record<StateName, boolean>;
  const phases = Object.fromEntries(scenario.phases.map((p) => [p.id, false]));
  const reached = new Set<string>();
  for (const x of [careful, rough, idle]) {
    for (const { state } of Object.values(x.adj)) {
      states[state.value as StateName] = true;
      for (const p of state.context.phases) phases[p] = true;
      for (const [need, d] of Object.entries(state.context.depth)) for (let i = 0; i < d; i++) reached.add(`${need}.${LAYERS[i]}`);
    }
  }
  return {
    explored: Object.keys(careful.adj).length + Object.keys(rough.adj).length + Object.keys(idle.adj).length,
    states,
    phases,
    unreachableLayers: scenario.needs.flatMap((n) => LAYERS.map((l) => `${n.id}.${l}`)).filter((k) => !reached.has(k)),
    // Only the rough pass offers every way to finish a call (the careful rep never pressures or hangs up).
    deadEnds: deadEnds(rough),
    shortestWin: shortestPath(careful, (s) => s.value === 'nextStepAgreed'),
    truncated: careful.truncated || rough.truncated || idle.truncated,
  };
}

/** A graph finding tied to the part of the scenario a trainer would change. */
export interface GraphFinding {
  path: Array<string | number>;
  message: string;
}

const STATE_CAUSE: Record<StateName, { path: string[]; why: string }> = {
  opening: { path: ['persona', 'opening'], why: 'the call cannot start' },
  discovery: { path: ['needs'], why: 'no conversation gets past the opening' },
  guarded: { path: ['trust', 'guarded_below'], why: 'trust never falls below guarded_below' },
  wrapUp: { path: ['persona', 'patience'], why: 'no conversation reaches wrap-up' },
  nextStepAgreed: { path: ['ending', 'next_step'], why: 'no conversation wins a next step; lower the needs, depth or trust required' },
  brushedOff: { path: ['reactions', 'brush_off'], why: 'no conversation ends in a brush-off' },
  endedEarly: { path: ['trust', 'ends_below'], why: 'the customer can never end the call early' },
};

/** Turns a graph report into findings: unreachable states, phases and layers, dead ends, no win. */
export function graphFindings(scenario: Scenario, report: GraphReport): GraphFinding[] {
  const out: GraphFinding[] = [];
  if (report.truncated) out.push({ path: ['needs'], message: 'the conversation graph is too large to check completely' });
  for (const name of STATES) {
    if (!report.states[name]) out.push({ path: STATE_CAUSE[name].path, message: `state ${name} is unreachable: ${STATE_CAUSE[name].why}` });
  }
  scenario.phases.forEach((p, i) => {
    if (!report.phases[p.id]) out.push({ path: ['phases', i, 'when'], message: `phase "${p.id}" is unreachable: its conditions never hold in any conversation` });
  });
  for (const key of report.unreachableLayers) {
    const [need, layer] = key.split('.') as [string, string];
    const i = scenario.needs.findIndex((n) => n.id === need);
    out.push({ path: ['needs', i, 'layers', layer], message: `layer ${layer} of need "${need}" is never disclosed (check trust thresholds and phases)` });
  }
  for (const state of report.deadEnds) out.push({ path: ['ending'], message: `state ${state} can be a dead end: no way to finish the call from it` });
  return out;
}

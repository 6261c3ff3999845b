/**
 * What each move does to the customer's memory and what they say back. Pure functions from a
 * context to a partial context; the machine wraps each in a named `assign` action.
 */
import type { CallEvent, CustomerContext, Move, Outcome } from './context';
import { pickVariant } from './rotation';
import { LAYERS, type ReactionKind, type Scenario } from './schema';
import { normalize } from './vocabulary';

type Update = Partial<CustomerContext>;

const wordCount = (text: string) => (text.trim() ? text.trim().split(/\s+/).length : 0);
const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Chooses a variant from `lines` under rotation key `key` and adds it to this turn's reply. */
export function say(ctx: CustomerContext, key: string, lines: readonly string[], mode: 'append' | 'replace' = 'append', cue?: string): Update {
  const cueWords = cue ? contentStems(cue) : null;
  const score = cueWords?.size ? (i: number) => overlap(cueWords, lines[i] ?? '') : undefined;
  const pick = pickVariant(ctx.rng, ctx.rotation, key, lines.length, score);
  const line = lines[pick.index] ?? '';
  const text = mode === 'append' && ctx.lastReply ? `${ctx.lastReply} ${line}` : line;
  const transcript = ctx.transcript.slice();
  const last = transcript[transcript.length - 1];
  if (last?.speaker === 'customer') transcript[transcript.length - 1] = { speaker: 'customer', text };
  else transcript.push({ speaker: 'customer', text });
  return { rng: pick.rng, rotation: pick.rotation, lastReply: text, transcript, words: ctx.words + wordCount(line) };
}

/** Says one of the scenario's reactions. */
export function react(scenario: Scenario, ctx: CustomerContext, kind: ReactionKind, mode: 'append' | 'replace' = 'append'): Update {
  return say(ctx, `reactions.${kind}`, scenario.reactions[kind], mode);
}

/** Says one of the scenario's optional reactions, or a generic line when the scenario has none. */
export function reactOrGeneric(scenario: Scenario, ctx: CustomerContext, kind: 'greeting' | 'reflected' | 'told_all'): Update {
  const lines = scenario.reactions[kind];
  return lines ? say(ctx, `reactions.${kind}`, lines) : react(scenario, ctx, 'generic');
}

/** Applies updates in order, each seeing the previous ones. */
export function chain(ctx: CustomerContext, ...steps: Array<(c: CustomerContext) => Update>): Update {
  let current = ctx;
  const out: Update = {};
  for (const step of steps) {
    const u = step(current);
    Object.assign(out, u);
    current = { ...current, ...u };
  }
  return out;
}

export const adjustTrust = (ctx: CustomerContext, by: number): Update => ({ trust: clamp(ctx.trust + by) });

/** Records the rep's turn and what it meant, before the customer answers. */
export function beginTurn(scenario: Scenario, ctx: CustomerContext, event: CallEvent, move: Move): Update {
  if (event.type !== 'rep.said') return {};
  const fresh = event.analysis.preparation.filter((id) => !ctx.preparation.includes(id) && scenario.brief.some((b) => b.id === id));
  const text = normalize(event.text);
  return {
    turns: ctx.turns + 1,
    words: ctx.words + wordCount(event.text),
    transcript: [...ctx.transcript, { speaker: 'rep', text: event.text }, { speaker: 'customer', text: '' }],
    asked: event.analysis.question !== 'none' ? [...ctx.asked, text] : ctx.asked,
    // Only a question that got a real answer can be "asked and answered" later.
    answered: move.kind === 'reveal' && event.analysis.question !== 'none' ? [...ctx.answered, { text, focus: ctx.focus }] : ctx.answered,
    preparation: [...ctx.preparation, ...fresh],
    trust: clamp(ctx.trust + fresh.length * scenario.trust.changes.preparation),
    lastReply: '',
    move,
    // A disclosure only counts as "just said" for the very next rep turn.
    lastDisclosure: null,
  };
}

/**
 * What a disclosure answers: the rep's turn and the customer's line before it. Of the variants not
 * yet said, the one sharing most words with these is told first ("what did those nine days cost
 * you?" gets the line about the fire), so answers fit the question and follow what was just said.
 */
function disclosureCue(ctx: CustomerContext): string {
  const t = ctx.transcript;
  // During a turn the transcript ends [… customer, rep, customer-in-progress].
  return [t[t.length - 2], t[t.length - 3]].filter((x) => x && x.speaker !== undefined).map((x) => x?.text ?? '').join(' ');
}

const STOP = new Set(['about', 'after', 'again', 'also', 'because', 'been', 'before', 'being', 'could', 'does', 'doing', 'every', 'from', 'have', 'having',
  'here', 'into', 'just', 'know', 'like', 'make', 'more', 'most', 'much', 'only', 'other', 'over', 'really', 'right', 'said', 'should', 'some', 'something',
  'than', 'that', 'their', 'them', 'then', 'there', 'these', 'they', 'thing', 'things', 'think', 'this', 'those', 'through', 'very', 'want', 'well', 'were',
  'what', 'when', 'where', 'which', 'while', 'with', 'would', 'your', 'yours', 'you\'re', 'going', 'tell', 'what\'s', 'that\'s', 'it\'s', 'don\'t']);

/** Content words of a text, cut to a 5-letter stem ("stoppages" and "stopped" differ; "stoppage" and "stoppages" don't). */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalize(text).split(' ')) if (w.length >= 4 && !STOP.has(w)) out.add(w.slice(0, 5));
  return out;
}

function overlap(cue: Set<string>, line: string): number {
  let n = 0;
  for (const w of contentStems(line)) if (cue.has(w)) n++;
  return n;
}

/** Opens the next layer of a need (or two, see `Move.through`): the customer tells the rep something real. */
export function revealLayer(scenario: Scenario, ctx: CustomerContext, move: Move): Update {
  const need = scenario.needs.find((n) => n.id === move.need);
  const first = move.layer ?? 1;
  const last = Math.max(first, move.through ?? first);
  if (!need || !LAYERS[first - 1]) return {};
  const changes = scenario.trust.changes;
  const steps: Array<(c: CustomerContext) => Update> = [];
  for (let layer = first; layer <= last; layer++) {
    const key = LAYERS[layer - 1] ?? 'need_payoff';
    steps.push((c) => say(c, `needs.${need.id}.${key}`, need.layers[key].lines, 'append', disclosureCue(ctx)));
  }
  return chain(ctx,
    ...steps,
    (c) => adjustTrust(c, changes.reveal + (move.reflection ? changes.reflection : 0)),
    () => ({
      depth: { ...ctx.depth, [need.id]: Math.max(ctx.depth[need.id] ?? 0, last) },
      focus: need.id,
      lastDisclosure: last >= 2 ? { need: need.id, layer: last } : null,
    }),
  );
}

/** A pitch lands on an objection, on the stated want, or on a plain cool reaction. */
export function raiseObjection(scenario: Scenario, ctx: CustomerContext, move: Move): Update {
  const objection = scenario.objections.find((o) => o.id === move.objection);
  const want = scenario.wants.find((w) => w.id === move.want);
  return chain(ctx,
    (c) => objection ? { ...say(c, `objections.${objection.id}`, objection.lines), objections: [...c.objections, objection.id] }
      : want ? { ...say(c, `wants.${want.id}`, want.says), wantsVoiced: [...c.wantsVoiced, want.id] }
        : react(scenario, c, 'pitch'),
    (c) => adjustTrust(c, scenario.trust.changes.pitch),
  );
}

/** The customer asks for what they think they want. */
export function voiceWant(scenario: Scenario, ctx: CustomerContext, move: Move): Update {
  const want = scenario.wants.find((w) => w.id === move.want);
  if (!want) return react(scenario, ctx, 'generic');
  return { ...say(ctx, `wants.${want.id}`, want.says), wantsVoiced: [...ctx.wantsVoiced, want.id], focus: want.real_need };
}

/** Says a reaction and moves trust by the scenario's amount for it. */
export function reactWithTrust(scenario: Scenario, ctx: CustomerContext, kind: ReactionKind, change: keyof Scenario['trust']['changes']): Update {
  return chain(ctx, (c) => react(scenario, c, kind), (c) => adjustTrust(c, scenario.trust.changes[change]));
}

/** Ends the call with an outcome and (unless the rep hung up) a closing line. */
export function finish(scenario: Scenario, ctx: CustomerContext, outcome: Outcome, kind?: ReactionKind): Update {
  return { ...(kind ? react(scenario, ctx, kind, 'replace') : {}), outcome };
}

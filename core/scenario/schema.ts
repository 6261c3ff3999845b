/**
 * The scenario file format as a zod schema: the single source of truth for validation,
 * the TypeScript types the engine uses, and the generated `scenarios/schema.json`.
 * Keys are snake_case because trainers write them by hand in YAML.
 */
import { z } from 'zod';

/** The four disclosure layers, shallowest first (SPIN order). */
export const LAYERS = ['situation', 'problem', 'implication', 'need_payoff'] as const;
export type Layer = (typeof LAYERS)[number];

/** Named conditions a scenario may use in `phases[].when` and `ending.next_step.also`. */
export const CONDITION_GUARDS = ['hasRevealed', 'hasUncoveredEnough', 'isTrustAtLeast', 'isTrustLow', 'hasRaisedObjection', 'hasTurnsAtLeast', 'isInPhase'] as const;
/** Named effects a scenario may run when a phase begins. */
export const PHASE_ACTIONS = ['raiseTrust', 'lowerTrust', 'extendPatience', 'raiseObjection'] as const;

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'ids use lowercase letters, digits, "-" and "_" (at most 64 characters)');
const line = z.string().trim().min(1, 'a line cannot be empty').max(1200, 'a line is at most 1200 characters');
const term = z.string().trim().min(1, 'a term cannot be empty').max(80, 'a term is at most 80 characters');
const terms = z.array(term).max(100);
/** Lines that can recur need variety: at least three variants. */
const variants = z.array(line).min(3, 'give at least 3 variants so the customer does not repeat themselves').max(50);
const depth = z.enum(['none', ...LAYERS]);

export const Condition = z.strictObject({
  guard: z.enum(CONDITION_GUARDS, { error: `unknown guard; use one of ${CONDITION_GUARDS.join(', ')}` }),
  need: id.optional().describe('hasRevealed: the need id'),
  depth: z.enum(LAYERS).optional().describe('hasRevealed / hasUncoveredEnough: the layer that must be reached'),
  count: z.number().int().min(1).max(50).optional().describe('hasUncoveredEnough: how many needs'),
  value: z.number().min(0).max(100).optional().describe('isTrustAtLeast: the trust level'),
  objection: id.optional().describe('hasRaisedObjection: the objection id'),
  turns: z.number().int().min(1).max(500).optional().describe('hasTurnsAtLeast: rep turns so far'),
  phase: id.optional().describe('isInPhase: the phase id'),
}).describe('A named condition; all conditions in a list must hold.');

export const PhaseAction = z.strictObject({
  action: z.enum(PHASE_ACTIONS, { error: `unknown action; use one of ${PHASE_ACTIONS.join(', ')}` }),
  by: z.number().min(0).max(100).optional().describe('raiseTrust / lowerTrust: points'),
  turns: z.number().int().min(1).max(100).optional().describe('extendPatience: extra rep turns'),
  objection: id.optional().describe('raiseObjection: the objection id'),
});

const DisclosureLayer = z.strictObject({
  triggers: terms.default([]).describe('Extra words that ask for this layer on this need (added to the built-in SPIN vocabulary).'),
  min_trust: z.number().min(0).max(100).optional().describe('Overrides trust.layers for this layer of this need.'),
  lines: variants.describe("The customer's line when this layer opens; one variant is chosen by the seed."),
});

export const Need = z.strictObject({
  id,
  title: z.string().trim().min(1).max(120),
  model_question: z.string().trim().min(1, 'a model question cannot be empty').max(300, 'a model question is at most 300 characters').optional()
    .describe('The question a good rep could have asked to uncover this need, in the rep\'s voice; shown in the debrief when the need was missed. Point at the topic without giving the answer away.'),
  top_of_mind: z.boolean().default(false).describe('Volunteered first when the rep asks a generic good question. Exactly one need has it.'),
  terms: z.array(term).min(1, 'list at least one term that names this topic').max(100).describe('Words that mean the rep is talking about this need.'),
  phase: id.optional().describe('Only disclosed once this phase has begun.'),
  layers: z.strictObject({
    situation: DisclosureLayer,
    problem: DisclosureLayer,
    implication: DisclosureLayer,
    need_payoff: DisclosureLayer,
  }),
});

export const Want = z.strictObject({
  id,
  real_need: id.describe('The need that lies under this stated want.'),
  terms: terms.describe('Words that show the rep is talking about the stated want.'),
  says: variants.describe('What the customer asks for when pitched at, or asked for a solution before the real need is understood.'),
  note: z.string().max(600).optional().describe('For trainers: why the want and the need differ.'),
});

export const Objection = z.strictObject({
  id,
  kind: z.enum(['price', 'incumbent', 'past_experience', 'timing', 'authority', 'other']),
  triggers: terms.default([]).describe('A pitch that uses these words raises this objection first.'),
  lines: variants,
});

const reactions = {
  pitch: 'The rep pitches before understanding (no objection left to raise).',
  value_link: 'The rep ties the product to a need the customer has explained in depth.',
  pressure: 'The rep pushes: deadlines, discounts, "sign today".',
  repeated_question: 'The rep asks again something already answered.',
  ignored_answer: 'The rep jumps to another topic right after a real disclosure.',
  off_topic: 'A turn that has nothing to do with the customer’s business.',
  unclear: 'Gibberish or an empty turn: ask the rep to clarify (never silence).',
  generic: 'A turn that asks nothing new: acknowledge and wait.',
  guarded: 'A deeper question asked before trust allows it.',
  next_step_too_early: 'A next step proposed before enough is understood (the call moves to wrap-up).',
  time_warning: 'Patience is nearly gone (the call moves to wrap-up).',
  next_step_agreed: 'The customer agrees to the next step (ends the call).',
  brush_off: 'Polite brush-off (ends the call).',
  ended_for_trust: 'The customer ends the call because trust ran out.',
  ended_for_time: 'The customer ends the call because patience ran out.',
} as const;
export type ReactionKind = keyof typeof reactions;

export const Reactions = z.strictObject({
  ...(Object.fromEntries(Object.entries(reactions).map(([k, d]) => [k, variants.describe(d)])) as Record<ReactionKind, typeof variants>),
  greeting: variants.optional().describe('Small talk after the opening ("how\'s it going?", "thanks for making time"): a short, in-character reply that hands the floor back. Costs no trust. Without it the customer uses a generic line.'),
  warning: variants.optional().describe('Said (after their reaction) when a pitch or pressure turns the customer guarded: a warning in character ("I\'m going to stop you there…") that gives the rep a chance to recover before the call ends.'),
  next_step_not_yet: variants.optional().describe('A next step proposed too early after some real discovery (at least one need told to the problem or deeper): "closer, but not yet", in character, without naming a need. Without it the customer uses a next_step_too_early line.'),
  told_all: variants.optional().describe('A question the customer has nothing more to say on (the topic told in full, or nothing in the scenario answers it): a short, in-character "that\'s about the size of it" that hands the floor back. Without it the customer uses a generic line.'),
  reflected: variants.optional().describe('The rep names a feeling ("that must be exhausting") when there is nothing deeper to say yet (trust too low, or the topic told in full): the customer takes the empathy in character and hands the floor back. Without it the customer uses a generic line.'),
});

const TrustChanges = z.strictObject({
  reveal: z.number().min(-50).max(50).default(3),
  reflection: z.number().min(-50).max(50).default(4),
  preparation: z.number().min(-50).max(50).default(3),
  value_link: z.number().min(-50).max(50).default(2),
  pitch: z.number().min(-50).max(50).default(-8),
  pressure: z.number().min(-50).max(50).default(-14),
  repeated_question: z.number().min(-50).max(50).default(-4),
  ignored_answer: z.number().min(-50).max(50).default(-6),
  off_topic: z.number().min(-50).max(50).default(-4),
  unclear: z.number().min(-50).max(50).default(-1),
  guarded: z.number().min(-50).max(50).default(0),
  generic: z.number().min(-50).max(50).default(0),
}).describe('How much each kind of rep turn moves trust (0–100).');

export const Trust = z.strictObject({
  start: z.number().min(0).max(100),
  guarded_below: z.number().min(0).max(100).describe('Below this the customer turns guarded (only situation facts).'),
  ends_below: z.number().min(0).max(100).describe('Below this the customer ends the call.'),
  layers: z.strictObject({
    situation: z.number().min(0).max(100).default(0),
    problem: z.number().min(0).max(100).default(25),
    implication: z.number().min(0).max(100).default(40),
    need_payoff: z.number().min(0).max(100).default(50),
  }).prefault({}).describe('Minimum trust for each layer to open.'),
  changes: TrustChanges.prefault({}),
});

export const Phase = z.strictObject({
  id,
  title: z.string().trim().min(1).max(120),
  when: z.array(Condition).min(1, 'a phase needs at least one condition').max(10),
  say: variants.describe('What the customer says as the phase begins (added to their reply).'),
  actions: z.array(PhaseAction).max(10).default([]),
});

export const Practice = z.strictObject({
  exam_mode: z.boolean().default(false).describe('Hide the live meters during the call (the rep sees the scores only in the debrief).'),
  show_mood: z.boolean().default(true).describe("false hides the customer's mood indicator: reading the buyer is part of the test."),
}).prefault({}).describe('How the practice screen presents this scenario.');

export const Scenario = z.strictObject({
  id,
  title: z.string().trim().min(1).max(120),
  industry: z.string().trim().min(1).max(80),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  expected_minutes: z.number().min(1).max(120),
  tags: z.array(id).max(20).default([]),
  persona: z.strictObject({
    name: z.string().trim().min(1).max(80),
    role: z.string().trim().min(1).max(80),
    company: z.string().trim().min(1).max(120),
    personality: z.string().trim().min(1).max(600),
    speaking_style: z.string().trim().min(1).max(600),
    opening: variants.describe('Their first line when the rep opens the call.'),
    patience: z.strictObject({
      turns: z.number().int().min(4).max(200).describe('Rep turns before they end the call.'),
      minutes: z.number().min(1).max(120).optional().describe('Estimated talk time (words at 150 a minute) before they end the call.'),
    }),
  }),
  brief: z.array(z.strictObject({
    id,
    text: z.string().trim().min(1).max(600),
    terms: z.array(term).min(1).max(30).describe('Words that show the rep did their homework.'),
  })).min(5, 'the pre-call brief needs at least 5 facts').max(30),
  product: z.strictObject({
    name: z.string().trim().min(1).max(80),
    summary: z.string().trim().min(1).max(600),
    capabilities: z.array(z.strictObject({
      name: z.string().trim().min(1).max(80),
      phrases: z.array(term).min(1).max(30),
    })).min(1).max(30),
  }),
  trust: Trust,
  needs: z.array(Need).min(5, 'a scenario needs at least 5 needs').max(12).describe('Ranked by real priority, most important first.'),
  wants: z.array(Want).max(10).default([]),
  objections: z.array(Objection).max(10).default([]),
  reactions: Reactions,
  ending: z.strictObject({
    next_step: z.strictObject({
      needs: z.number().int().min(1).max(12).describe('How many needs must be uncovered…'),
      depth: z.enum(LAYERS).describe('…at least to this layer.'),
      trust: z.number().min(0).max(100).describe('Minimum trust when the rep proposes the next step.'),
      also: z.array(Condition).max(10).default([]).describe('Extra named conditions.'),
    }),
  }),
  phases: z.array(Phase).max(8).default([]),
  practice: Practice,
});

export type Scenario = z.output<typeof Scenario>;
export type Need = z.output<typeof Need>;
export type Condition = z.output<typeof Condition>;
export type PhaseAction = z.output<typeof PhaseAction>;
export type Practice = z.output<typeof Practice>;
export type Depth = z.output<typeof depth>;
export { depth as Depth };

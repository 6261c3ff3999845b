/**
 * Compiles a validated scenario into an XState v5 machine. Guards are predicates and actions are
 * verbs, all declared in `setup`; the config (including the scenario's phases) refers to them by
 * name only, which is what lets a YAML file script the customer's behaviour.
 */
import { and, assign, not, setup, type TransitionConfig } from 'xstate';
import { initialContext, type CallEvent, type CallInput, type CustomerContext, type Move, type MoveKind } from './context';
import { adjustTrust, beginTurn, chain, finish, raiseObjection, react, reactOrGeneric, reactWithTrust, revealLayer, say, voiceWant } from './effects';
import { resolveTurn } from './moves';
import { LAYERS, type Condition, type Scenario } from './schema';

const WORDS_PER_MINUTE = 150;

/** Names of the states every scenario machine has. */
export const STATES = ['opening', 'discovery', 'guarded', 'wrapUp', 'nextStepAgreed', 'brushedOff', 'endedEarly'] as const;
export type StateName = (typeof STATES)[number];

/** Number of needs disclosed at least to `depth`. */
export function countUncovered(ctx: CustomerContext, depth: number): number {
  return Object.values(ctx.depth).filter((d) => d >= depth).length;
}

/** Builds the machine for one scenario; start it with `createActor(machine, { input: { seed } })`. */
export function createScenarioMachine(scenario: Scenario) {
  // Guards and actions both need the move a turn makes; compute it once per (context, event).
  const moves = new WeakMap<object, WeakMap<object, Move>>();
  const moveOf = (context: CustomerContext, event: CallEvent): Move => {
    if (event.type !== 'rep.said') return { kind: 'generic' };
    let byContext = moves.get(event);
    if (!byContext) moves.set(event, (byContext = new WeakMap()));
    let move = byContext.get(context);
    if (!move) byContext.set(context, (move = resolveTurn(scenario, context, event.text, event.analysis)));
    return move;
  };
  const is = (kind: MoveKind) => ({ context, event }: { context: CustomerContext; event: CallEvent }) => moveOf(context, event).kind === kind;
  const minutes = (ctx: CustomerContext) => ctx.words / WORDS_PER_MINUTE;
  const patienceMinutes = scenario.persona.patience.minutes ?? Infinity;
  const next = scenario.ending.next_step;
  const checks = {
    hasRevealed: (ctx: CustomerContext, c: Condition) => (ctx.depth[c.need ?? ''] ?? 0) >= LAYERS.indexOf(c.depth ?? 'situation') + 1,
    hasUncoveredEnough: (ctx: CustomerContext, c: Condition) => countUncovered(ctx, LAYERS.indexOf(c.depth ?? next.depth) + 1) >= (c.count ?? next.needs),
    isTrustAtLeast: (ctx: CustomerContext, c: Condition) => ctx.trust >= (c.value ?? 0),
    isTrustLow: (ctx: CustomerContext) => ctx.trust < scenario.trust.guarded_below,
    hasRaisedObjection: (ctx: CustomerContext, c: Condition) => ctx.objections.includes(c.objection ?? ''),
    hasTurnsAtLeast: (ctx: CustomerContext, c: Condition) => ctx.turns >= (c.turns ?? 0),
    isInPhase: (ctx: CustomerContext, c: Condition) => ctx.phases.includes(c.phase ?? ''),
  } satisfies Record<Condition['guard'], (ctx: CustomerContext, c: Condition) => boolean>;
  const cond = (c: Condition) => ({ type: c.guard, params: c });
  const turnMove = (context: CustomerContext): Move => context.move ?? { kind: 'generic' };

  const machine = setup({
    types: {} as { context: CustomerContext; events: CallEvent; input: CallInput },
    guards: {
      // What the rep's turn is (predicates over the analyzed turn).
      isUnclear: is('unclear'),
      isGreeting: is('greeting'),
      isPressure: is('pressure'),
      isNextStepProposal: is('next_step'),
      isClosing: is('closing'),
      isValueLink: is('value_link'),
      isPitch: is('pitch'),
      isIgnoringAnswer: is('ignored'),
      isAskingForSolution: is('want'),
      isOffTopic: is('off_topic'),
      canRevealLayer: is('reveal'),
      isBlockedByTrust: is('guarded'),
      isRepeatedQuestion: is('repeated'),
      // Where the call stands (predicates over the customer's memory).
      isTrustGone: ({ context }) => context.trust < scenario.trust.ends_below,
      isTrustRecovered: ({ context }) => context.trust >= scenario.trust.guarded_below + 5,
      isPatienceGone: ({ context }) => context.turns >= context.patienceTurns || minutes(context) >= patienceMinutes,
      isPatienceLow: ({ context }) => !context.warned && (context.turns >= context.patienceTurns - 2 || minutes(context) >= patienceMinutes * 0.85),
      // Named conditions scenarios use in phases and ending rules.
      hasRevealed: ({ context }, c: Condition) => checks.hasRevealed(context, c),
      hasUncoveredEnough: ({ context }, c: Condition) => checks.hasUncoveredEnough(context, c),
      isTrustAtLeast: ({ context }, c: Condition) => checks.isTrustAtLeast(context, c),
      isTrustLow: ({ context }) => checks.isTrustLow(context),
      hasRaisedObjection: ({ context }, c: Condition) => checks.hasRaisedObjection(context, c),
      hasTurnsAtLeast: ({ context }, c: Condition) => checks.hasTurnsAtLeast(context, c),
      isInPhase: ({ context }, c: Condition) => checks.isInPhase(context, c),
    },
    actions: {
      beginTurn: assign(({ context, event }) => beginTurn(scenario, context, event, moveOf(context, event))),
      greet: assign(({ context }) => say(context, 'persona.opening', scenario.persona.opening)),
      // Small talk after the opening: a pleasantry back, no trust lost or gained.
      returnGreeting: assign(({ context }) => reactOrGeneric(scenario, context, 'greeting')),
      askToClarify: assign(({ context }) => reactWithTrust(scenario, context, 'unclear', 'unclear')),
      pushBack: assign(({ context }) => reactWithTrust(scenario, context, 'pressure', 'pressure')),
      linkValue: assign(({ context }) => reactWithTrust(scenario, context, 'value_link', 'value_link')),
      deflect: assign(({ context }) => reactWithTrust(scenario, context, 'guarded', 'guarded')),
      noteRepeat: assign(({ context }) => reactWithTrust(scenario, context, 'repeated_question', 'repeated_question')),
      noteIgnored: assign(({ context }) => reactWithTrust(scenario, context, 'ignored_answer', 'ignored_answer')),
      steerBack: assign(({ context }) => reactWithTrust(scenario, context, 'off_topic', 'off_topic')),
      // A reflection with nothing deeper to open yet: the customer takes the empathy (and it still earns trust).
      acknowledge: assign(({ context }) => (context.move?.reflection
        ? chain(context, (c) => reactOrGeneric(scenario, c, 'reflected'), (c) => adjustTrust(c, scenario.trust.changes.generic + scenario.trust.changes.reflection))
        : context.move?.asked
          ? chain(context, (c) => reactOrGeneric(scenario, c, 'told_all'), (c) => adjustTrust(c, scenario.trust.changes.generic))
          : reactWithTrust(scenario, context, 'generic', 'generic'))),
      // Too early: "you've not asked me much" only when that is true; after real discovery, "closer, but not yet".
      deferNextStep: assign(({ context }) => (scenario.reactions.next_step_not_yet && Object.values(context.depth).some((d) => d >= 2)
        ? say(context, 'reactions.next_step_not_yet', scenario.reactions.next_step_not_yet)
        : react(scenario, context, 'next_step_too_early'))),
      revealLayer: assign(({ context }) => revealLayer(scenario, context, turnMove(context))),
      raiseObjection: assign(({ context }, params?: { objection: string }) =>
        raiseObjection(scenario, context, params ? { kind: 'pitch', objection: params.objection } : turnMove(context))),
      voiceWant: assign(({ context }) => voiceWant(scenario, context, turnMove(context))),
      agreeNextStep: assign(({ context }) => finish(scenario, context, 'next_step', 'next_step_agreed')),
      brushOff: assign(({ context }) => finish(scenario, context, 'brush_off', 'brush_off')),
      hangUp: assign(({ context }) => finish(scenario, context, 'brush_off')),
      endForTrust: assign(({ context }) => finish(scenario, context, 'ended_early', 'ended_for_trust')),
      endForTime: assign(({ context }) => finish(scenario, context, 'ended_early', 'ended_for_time')),
      // Pitching or pressure has just turned them guarded: a warning, so the rep can still recover.
      warnGuarded: assign(({ context }) => (scenario.reactions.warning && ['pitch', 'pressure'].includes(context.move?.kind ?? '')
        ? say(context, 'reactions.warning', scenario.reactions.warning) : {})),
      warnTime: assign(({ context }) => ({ ...react(scenario, context, 'time_warning'), warned: true })),
      enterPhase: assign(({ context }, params: { phase: string }) => {
        const phase = scenario.phases.find((p) => p.id === params.phase);
        return phase ? { ...say(context, `phases.${phase.id}`, phase.say), phases: [...context.phases, phase.id] } : {};
      }),
      raiseTrust: assign(({ context }, params: { by: number }) => adjustTrust(context, params.by)),
      lowerTrust: assign(({ context }, params: { by: number }) => adjustTrust(context, -params.by)),
      extendPatience: assign(({ context }, params: { turns: number }) => ({ patienceTurns: context.patienceTurns + params.turns })),
    },
  });

  type T = TransitionConfig<CustomerContext, CallEvent, CallEvent, never, never, never, never, never, never>;
  const turn = (guard: string | ReturnType<typeof and> | undefined, action: string, target?: string): T =>
    ({ guard, target, actions: ['beginTurn', action] }) as unknown as T;

  const nextStepGuard = and([
    'isNextStepProposal',
    cond({ guard: 'hasUncoveredEnough', count: next.needs, depth: next.depth }),
    cond({ guard: 'isTrustAtLeast', value: next.trust }),
    ...next.also.map(cond),
  ] as never);

  const conversation = (mode: 'open' | 'wrap', target?: string): T[] => [
    turn('isUnclear', 'askToClarify', target),
    turn('isPressure', 'pushBack', target),
    turn(nextStepGuard, 'agreeNextStep', '#call.nextStepAgreed'),
    mode === 'open' ? turn('isNextStepProposal', 'deferNextStep', '#call.wrapUp') : turn('isNextStepProposal', 'brushOff', '#call.brushedOff'),
    turn('isClosing', 'brushOff', '#call.brushedOff'),
    turn('isValueLink', 'linkValue', target),
    turn('isPitch', 'raiseObjection', target),
    turn('isIgnoringAnswer', 'noteIgnored', target),
    turn('isAskingForSolution', 'voiceWant', target),
    turn('isOffTopic', 'steerBack', target),
    turn('canRevealLayer', 'revealLayer', target),
    turn('isBlockedByTrust', 'deflect', target),
    turn('isRepeatedQuestion', 'noteRepeat', target),
    turn(undefined, 'acknowledge', target),
  ];

  const phaseEntries = scenario.phases.map((p) => ({
    guard: and([not(cond({ guard: 'isInPhase', phase: p.id })), ...p.when.map(cond)] as never),
    actions: [
      { type: 'enterPhase', params: { phase: p.id } },
      ...p.actions.map((a) => ({ type: a.action, params: a })),
    ],
  }));
  const endings = [
    { guard: 'isTrustGone', target: '#call.endedEarly', actions: 'endForTrust' },
    { guard: 'isPatienceGone', target: '#call.endedEarly', actions: 'endForTime' },
  ];

  return machine.createMachine({
    id: 'call',
    context: ({ input }: { input: CallInput }) => initialContext(scenario, input?.seed ?? 0),
    initial: 'opening',
    on: { 'call.ended': { target: '.brushedOff', actions: 'hangUp' } },
    states: {
      opening: {
        on: { 'rep.said': [turn('isGreeting', 'greet', '#call.discovery'), ...conversation('open', '#call.discovery')] },
      },
      discovery: {
        always: [...endings, ...phaseEntries, { guard: 'isTrustLow', target: '#call.guarded', actions: 'warnGuarded' }, { guard: 'isPatienceLow', target: '#call.wrapUp', actions: 'warnTime' }],
        on: { 'rep.said': [turn('isGreeting', 'returnGreeting'), ...conversation('open')] },
      },
      guarded: {
        always: [...endings, ...phaseEntries, { guard: 'isTrustRecovered', target: '#call.discovery' }, { guard: 'isPatienceLow', target: '#call.wrapUp', actions: 'warnTime' }],
        on: { 'rep.said': [turn('isGreeting', 'returnGreeting'), ...conversation('open')] },
      },
      wrapUp: {
        always: [...endings, ...phaseEntries],
        on: { 'rep.said': [turn('isGreeting', 'returnGreeting'), ...conversation('wrap')] },
      },
      nextStepAgreed: { type: 'final' },
      brushedOff: { type: 'final' },
      endedEarly: { type: 'final' },
    },
    // The transitions are assembled from scenario data, so their guard and action names are plain
    // strings to the compiler; setup() above is what checks the implementations and their types.
  } as never);
}
